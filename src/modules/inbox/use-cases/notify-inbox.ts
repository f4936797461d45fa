import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { notify } from '../../notifications/index.ts';
import type { ConversationRow } from '../queries/conversations.ts';

export function conversationLink(id: string): string {
  return `/inbox/c/${id}`;
}

export async function notifyAssigned(
  tx: Tx,
  ctx: AppContext,
  conversation: ConversationRow,
  userId: string,
  actorId: string | null,
): Promise<void> {
  await notify(tx, ctx, [
    {
      userId,
      kind: 'assigned',
      actorId,
      threadId: null,
      postId: null,
      link: conversationLink(conversation.id),
      title: conversation.subject,
    },
  ]);
}

export async function notifyNoteMentions(
  tx: Tx,
  ctx: AppContext,
  conversation: ConversationRow,
  userIds: string[],
  actorId: string,
): Promise<void> {
  await notify(
    tx,
    ctx,
    userIds
      .filter((userId) => userId !== actorId)
      .map((userId) => ({
        userId,
        kind: 'note_mention' as const,
        actorId,
        threadId: null,
        postId: null,
        link: conversationLink(conversation.id),
        title: conversation.subject,
      })),
  );
}

/** SLA warnings and breaches: a system notice, no actor; the title says what is due when. */
export async function notifySla(
  tx: Tx,
  ctx: AppContext,
  conversation: ConversationRow,
  userIds: string[],
  title: string,
): Promise<void> {
  await notify(
    tx,
    ctx,
    [...new Set(userIds)].map((userId) => ({
      userId,
      kind: 'sla_alert' as const,
      actorId: null,
      threadId: null,
      postId: null,
      link: conversationLink(conversation.id),
      title,
    })),
  );
}
