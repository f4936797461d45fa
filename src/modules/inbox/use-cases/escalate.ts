import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { userCards } from '../../accounts/index.ts';
import { logActivity, saveConversation } from '../changes.ts';
import { fail } from '../errors.ts';
import { loadConversation } from '../load.ts';
import { inboxRoles } from '../policy.ts';
import { findTeam } from '../queries/teams.ts';
import type { ConversationDetailDto, escalateSchema } from '../schemas.ts';
import { notifyAssigned } from './notify-inbox.ts';
import { conversationDetail } from './read-conversation.ts';

/**
 * Hands the conversation up: to another team, to a person (a department head), or both, with a
 * reason everyone sees on the timeline and in reports. A private escalation hides it from
 * agents outside the new owner's team. Priority goes up one step unless already high.
 */
export async function escalateConversation(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof escalateSchema>,
): Promise<ConversationDetailDto> {
  return ctx.database.transaction(async (tx) => {
    const { worker, conversation } = await loadConversation(tx.db, actor, id, true);
    const team = input.teamId ? await findTeam(tx.db, input.teamId) : undefined;
    if (input.teamId && (!team || team.archivedAt)) throw fail.TEAM_NOT_FOUND();
    const target = input.userId ? (await userCards(tx.db, [input.userId])).get(input.userId) : undefined;
    if (input.userId && (!target || !(inboxRoles as readonly string[]).includes(target.role)))
      throw fail.TEAM_MEMBER_NOT_AGENT();
    const assigneeId = input.userId ?? team?.leadId ?? null;
    await logActivity(tx, ctx, id, 'escalated', worker.userId, {
      fromTeamId: conversation.teamId,
      toTeamId: input.teamId ?? conversation.teamId,
      toUserId: assigneeId,
      reason: input.reason,
      private: input.private,
    });
    const raised =
      conversation.priority === 'low' || conversation.priority === 'normal' ? 'high' : conversation.priority;
    const saved = await saveConversation(tx, ctx, conversation, {
      escalated: true,
      restricted: conversation.restricted || input.private,
      priority: raised,
      ...(input.teamId ? { teamId: input.teamId } : {}),
      assigneeId,
      ...(conversation.status === 'resolved' ? { status: 'open', resolvedAt: null } : {}),
    });
    if (assigneeId && assigneeId !== worker.userId)
      await notifyAssigned(tx, ctx, saved, assigneeId, worker.userId);
    return conversationDetail(tx.db, saved, ctx.clock.now());
  });
}
