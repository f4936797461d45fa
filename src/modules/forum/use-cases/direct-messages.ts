import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { requireActor } from '../../../core/policy.ts';
import { staffRoles } from '../../../core/roles.ts';
import { userCards, userCardsByHandles, type UserCard } from '../../accounts/index.ts';
import { notify } from '../../notifications/index.ts';
import { readCommunitySettings, type CommunitySettings } from '../../system/index.ts';
import { composeBody, enforceSandbox } from '../compose.ts';
import { peopleOf, toThreadSummary } from '../dto.ts';
import { announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { cardsFor } from '../load.ts';
import { mentionNotices, replyNotices } from '../notices.ts';
import { insertPost } from '../queries/posts.ts';
import { addParticipants, insertThread, listDirectThreads } from '../queries/threads.ts';
import type { ThreadSummaryDto } from '../schemas.ts';

const isStaffRole = (role: string) => (staffRoles as readonly string[]).includes(role);

/** Who may write to whom, by the site's setting; guests never start conversations. */
function mayMessage(mode: CommunitySettings['directMessages'], sender: Actor, recipient: UserCard): boolean {
  if (sender.role === 'guest' || sender.userId === recipient.id) return false;
  if (isStaffRole(sender.role)) return true;
  if (mode === 'everyone') return true;
  return mode === 'members_to_staff' && isStaffRole(recipient.role);
}

export async function startDirectMessage(
  ctx: AppContext,
  actor: Actor | null,
  input: { to: string; title: string; body: string },
): Promise<{ threadId: string }> {
  const sender = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const recipient = (await userCardsByHandles(tx.db, [input.to]))[0];
    if (!recipient) throw fail.RECIPIENT_NOT_FOUND();
    const settings = await readCommunitySettings(tx.db);
    if (!mayMessage(settings.directMessages, sender, recipient)) throw fail.DIRECT_MESSAGES_OFF();
    const body = await composeBody(tx.db, input.body);
    await enforceSandbox(ctx, tx.db, sender, body);
    return writeDirectMessage(tx, ctx, sender.userId, recipient.id, { title: input.title, body });
  });
}

/**
 * A private message from staff in the caller's transaction (a greeting, an invitation to review):
 * staff may always write to a member, so only the recipient's existence is checked. Null when
 * there is no such account.
 */
export async function sendStaffDirectMessage(
  tx: Tx,
  ctx: AppContext,
  input: { from: string; to: string; title: string; body: string },
): Promise<{ threadId: string } | null> {
  const recipient = (await userCards(tx.db, [input.to])).get(input.to);
  if (!recipient || input.from === input.to) return null;
  const body = await composeBody(tx.db, input.body);
  return writeDirectMessage(tx, ctx, input.from, recipient.id, { title: input.title, body });
}

async function writeDirectMessage(
  tx: Tx,
  ctx: AppContext,
  senderId: string,
  recipientId: string,
  input: { title: string; body: Awaited<ReturnType<typeof composeBody>> },
): Promise<{ threadId: string }> {
  const { body } = input;
  const now = ctx.clock.now();
  const thread = await insertThread(tx.db, {
    id: newId(),
    spaceId: null,
    authorId: senderId,
    title: input.title,
    visibility: 'direct',
    openingText: body.text,
    lastPostedAt: now,
    lastPosterId: senderId,
    createdAt: now,
  });
  const post = await insertPost(tx.db, {
    id: newId(),
    threadId: thread.id,
    number: 1,
    authorId: senderId,
    bodyMarkdown: body.markdown,
    bodyHtml: body.html,
    bodyText: body.text,
    createdAt: now,
  });
  await addParticipants(tx.db, thread.id, [senderId, recipientId], now);
  const scope = { thread, space: null, participantIds: [senderId, recipientId] };
  const mentions = mentionNotices(scope, post, body.mentioned);
  const mentioned = new Set(mentions.map((notice) => notice.userId));
  await notify(tx, ctx, [...mentions, ...replyNotices(scope, post, mentioned)]);
  await announceThreadChanged(tx, ctx, scope);
  return { threadId: thread.id };
}

export async function listDirectMessages(ctx: AppContext, actor: Actor | null): Promise<ThreadSummaryDto[]> {
  const me = requireActor(actor);
  const db = ctx.database.db;
  const threads = await listDirectThreads(db, me.userId, 100);
  const cards = await cardsFor(db, peopleOf(threads));
  return threads.map((thread) => toThreadSummary(thread, null, cards));
}
