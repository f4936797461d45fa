import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { queueMail } from '../../../mail/index.ts';
import { notify } from '../../notifications/index.ts';
import type { ConversationRow } from '../queries/conversations.ts';
import { insertCsat, latestCsatOf } from '../queries/extras.ts';

const emailPattern = /^[^\s@]+@[^\s@]+$/;

export function ratingPath(token: string): string {
  return `/rate/${token}`;
}

/**
 * After resolution the member is asked how it went (1–5 and a comment): in the app when they are
 * a member, by email when we know their address. A deflected conversation was answered by the
 * community, so nobody on staff is rated for it.
 */
export async function requestRating(tx: Tx, ctx: AppContext, conversation: ConversationRow): Promise<void> {
  if (conversation.deflected) return;
  const token = randomBytes(24).toString('base64url');
  await insertCsat(tx.db, {
    token,
    conversationId: conversation.id,
    memberId: conversation.memberId,
    agentId: conversation.assigneeId,
    teamId: conversation.teamId,
    channel: conversation.channel,
    requestedAt: ctx.clock.now(),
  });
  const link = ratingPath(token);
  if (conversation.memberId)
    await notify(tx, ctx, [
      {
        userId: conversation.memberId,
        kind: 'rating',
        actorId: conversation.assigneeId,
        threadId: null,
        postId: null,
        link,
        title: conversation.subject,
      },
    ]);
  const address = conversation.contactAddress;
  // A member hears through their notifications (emailed as they chose); only a stranger gets our own email.
  if (!conversation.memberId && conversation.channel === 'email' && address && emailPattern.test(address))
    await queueMail(ctx, tx, {
      to: address,
      subject: `How did we do? Re: ${conversation.subject}`,
      text: [
        `Hello${conversation.contactName ? ` ${conversation.contactName}` : ''},`,
        '',
        `We marked your conversation "${conversation.subject}" as resolved.`,
        'How did we do? Pick a score from 1 to 5 (and tell us why, if you like):',
        '',
        new URL(link, ctx.config.publicUrl).toString(),
        '',
        'If it is not resolved for you, just reply to this email and we will pick it up again.',
      ].join('\n'),
    });
}

/** The unanswered rating request of a conversation, if any (the demo answers it as the customer would). */
export async function openRatingToken(ctx: AppContext, conversationId: string): Promise<string | null> {
  const request = await latestCsatOf(ctx.database.db, conversationId);
  return request && request.rating === null ? request.token : null;
}
