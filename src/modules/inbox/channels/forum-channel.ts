import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { DomainEvent } from '../../../events/index.ts';
import type { Tx } from '../../../db/index.ts';
import { userCards } from '../../accounts/index.ts';
import { forumFacts, replyToThread, type AnswerAcceptedFact, type ForumPostFact } from '../../forum/index.ts';
import { saveConversation } from '../changes.ts';
import { findByChannelRef } from '../queries/conversations.ts';
import { findMessageByExternalId, insertActivity } from '../queries/messages.ts';
import { ingestMessage } from '../use-cases/ingest-message.ts';
import type { InboxChannel } from './channel.ts';

/** Questions and complaints need an answer from us; discussions and ideas are the community's. */
const answeredSpaces: Record<string, string> = { questions: 'question', complaints: 'complaint' };

function externalId(postId: string): string {
  return `forum:post:${postId}`;
}

/** Staff answer; the asker writes in; anyone else is the community (shown, but no SLA effect). */
function directionOf(fact: ForumPostFact, askerId: string | null): 'in' | 'out' | 'community' {
  if (fact.authorIsStaff) return 'out';
  return askerId === null || askerId === fact.authorId ? 'in' : 'community';
}

async function onPost(tx: Tx, ctx: AppContext, fact: ForumPostFact, opens: boolean): Promise<void> {
  const intent = fact.spaceKind ? answeredSpaces[fact.spaceKind] : undefined;
  if (!intent || fact.visibility === 'direct' || (opens && fact.authorIsStaff)) return;
  const existing = await findByChannelRef(tx.db, 'forum', fact.threadId);
  const direction = opens ? 'in' : directionOf(fact, existing?.memberId ?? null);
  const card = (await userCards(tx.db, [fact.authorId])).get(fact.authorId);
  await ingestMessage(tx, ctx, {
    channel: 'forum',
    conversationRef: fact.threadId,
    externalId: externalId(fact.postId),
    subject: fact.title,
    text: fact.text,
    html: fact.html,
    from: { memberId: fact.authorId, name: card?.name ?? null, address: card ? `@${card.handle}` : null },
    at: fact.createdAt,
    direction,
    authorId: fact.authorId,
    opens,
    context: { space: fact.spaceSlug, memberRole: card?.role ?? null, tags: [intent], intent },
  });
}

/** The community's accepted answer closes the conversation as deflected: nobody on staff had to answer. */
async function onAccepted(tx: Tx, ctx: AppContext, fact: AnswerAcceptedFact): Promise<void> {
  const conversation = await findByChannelRef(tx.db, 'forum', fact.threadId, true);
  if (!conversation || !fact.postId || conversation.status === 'resolved') return;
  const deflected = fact.solvedByCommunity;
  await insertActivity(tx.db, {
    id: newId(),
    conversationId: conversation.id,
    kind: 'status',
    actorId: fact.acceptedBy,
    data: {
      from: conversation.status,
      to: 'resolved',
      reason: deflected ? 'a community answer was accepted' : 'a staff answer was accepted',
    },
    createdAt: fact.at,
  });
  await saveConversation(tx, ctx, conversation, {
    status: 'resolved',
    resolvedAt: fact.at,
    snoozedUntil: null,
    deflected,
  });
}

export function subscribeToForum(ctx: AppContext): void {
  ctx.events.on(forumFacts.threadCreated, (tx, event: DomainEvent) =>
    onPost(tx, ctx, event.data as ForumPostFact, true),
  );
  ctx.events.on(forumFacts.replyPosted, (tx, event: DomainEvent) =>
    onPost(tx, ctx, event.data as ForumPostFact, false),
  );
  ctx.events.on(forumFacts.answerAccepted, (tx, event: DomainEvent) =>
    onAccepted(tx, ctx, event.data as AnswerAcceptedFact),
  );
}

/** A reply from the inbox is a forum reply by the agent; the forum's fact records it here. */
export const forumChannel: InboxChannel = {
  kind: 'forum',
  label: 'Community',
  canReply: true,
  async deliver(ctx, reply) {
    const { post } = await replyToThread(ctx, reply.agent, reply.conversation.channelRef, reply.markdown);
    const message = await findMessageByExternalId(ctx.database.db, externalId(post.id));
    if (!message) throw new Error(`Forum reply ${post.id} was not recorded on its conversation`);
    return message.id;
  },
};
