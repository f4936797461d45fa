import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { fail } from '../errors.ts';
import { logActivity } from '../changes.ts';
import { stateConversationRated } from '../facts.ts';
import { announceConversation } from '../live.ts';
import { answerCsat, findCsat } from '../queries/extras.ts';
import { findConversation } from '../queries/conversations.ts';

export const ratingSchema = z.object({
  rating: z.number().int().min(1, 'Rate from 1 to 5.').max(5, 'Rate from 1 to 5.'),
  comment: z.string().trim().max(2000).optional(),
});

export interface RatingRequestDto {
  subject: string;
  rating: number | null;
  comment: string | null;
}

/** The rating page: the link's token is the only key (it works without signing in, as in the email). */
export async function readRatingRequest(ctx: AppContext, token: string): Promise<RatingRequestDto> {
  const db = ctx.database.db;
  const request = await findCsat(db, token);
  const conversation = request ? await findConversation(db, request.conversationId) : undefined;
  if (!request || !conversation) throw fail.CSAT_NOT_FOUND();
  return { subject: conversation.subject, rating: request.rating, comment: request.comment };
}

/** One answer per request; the score lands on the conversation's timeline and in the reports. */
export async function rateConversation(
  ctx: AppContext,
  token: string,
  input: z.infer<typeof ratingSchema>,
): Promise<RatingRequestDto> {
  return ctx.database.transaction(async (tx) => {
    const request = await findCsat(tx.db, token, true);
    if (!request) throw fail.CSAT_NOT_FOUND();
    if (request.answeredAt) throw fail.CSAT_ALREADY_ANSWERED();
    const answered = await answerCsat(tx.db, token, input.rating, input.comment ?? null, ctx.clock.now());
    await logActivity(tx, ctx, request.conversationId, 'csat', null, { rating: input.rating });
    await announceConversation(tx, ctx, request.conversationId);
    const conversation = await findConversation(tx.db, request.conversationId);
    if (conversation)
      await stateConversationRated(tx, ctx, {
        conversationId: conversation.id,
        subject: conversation.subject,
        rating: input.rating,
        comment: input.comment ?? null,
        contact: {
          memberId: conversation.memberId,
          name: conversation.contactName,
          address: conversation.contactAddress,
          channel: conversation.channel,
        },
        at: ctx.clock.now().toISOString(),
      });
    return { subject: conversation?.subject ?? '', rating: answered.rating, comment: answered.comment };
  });
}
