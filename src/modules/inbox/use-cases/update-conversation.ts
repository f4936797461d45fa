import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Tx } from '../../../db/index.ts';
import { userCards } from '../../accounts/index.ts';
import { logActivity, saveConversation } from '../changes.ts';
import { fail } from '../errors.ts';
import { loadConversation } from '../load.ts';
import { inboxRoles } from '../policy.ts';
import type { ConversationRow, NewConversation } from '../queries/conversations.ts';
import { existingTeamIds } from '../queries/teams.ts';
import type { ConversationDetailDto, UpdateConversationInput } from '../schemas.ts';
import { requestRating } from './request-rating.ts';
import { conversationDetail } from './read-conversation.ts';
import { notifyAssigned } from './notify-inbox.ts';

async function checkAssignee(tx: Tx, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const card = (await userCards(tx.db, [userId])).get(userId);
  if (!card || card.status !== 'active' || !(inboxRoles as readonly string[]).includes(card.role))
    throw fail.TEAM_MEMBER_NOT_AGENT();
}

function statusPatch(
  row: ConversationRow,
  input: UpdateConversationInput,
  now: Date,
): Partial<NewConversation> {
  if (!input.status || input.status === row.status) return {};
  if (input.status === 'snoozed') {
    const until = input.snoozedUntil ? new Date(input.snoozedUntil) : null;
    if (!until || until <= now) throw fail.SNOOZE_NEEDS_TIME();
    return { status: 'snoozed', snoozedUntil: until };
  }
  const reopened = row.status === 'resolved';
  return {
    status: input.status,
    snoozedUntil: null,
    ...(input.status === 'resolved' ? { resolvedAt: now } : {}),
    ...(reopened ? { resolvedAt: null, deflected: false, reopenCount: row.reopenCount + 1 } : {}),
  };
}

/** Each changed field leaves its own line on the timeline, with who changed it. */
async function logChanges(
  tx: Tx,
  ctx: AppContext,
  row: ConversationRow,
  patch: Partial<NewConversation>,
  actorId: string,
): Promise<void> {
  const fields = ['status', 'priority', 'teamId', 'assigneeId', 'tags'] as const;
  for (const field of fields) {
    if (!(field in patch)) continue;
    const from = row[field];
    const to = patch[field];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const kind = field === 'teamId' ? 'team' : field === 'assigneeId' ? 'assigned' : field;
    const extra = field === 'status' && patch.snoozedUntil ? { until: patch.snoozedUntil.toISOString() } : {};
    await logActivity(tx, ctx, row.id, kind, actorId, { from, to, ...extra });
  }
}

/** Status, priority, tags, team and assignee: one request may change several, all or nothing. */
export async function updateConversationFields(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: UpdateConversationInput,
): Promise<ConversationDetailDto> {
  return ctx.database.transaction(async (tx) => {
    const { worker, conversation } = await loadConversation(tx.db, actor, id, true);
    if (input.version !== undefined && input.version !== conversation.version)
      throw fail.CONVERSATION_CHANGED();
    const now = ctx.clock.now();
    if (input.teamId && !(await existingTeamIds(tx.db, [input.teamId])).has(input.teamId))
      throw fail.TEAM_NOT_FOUND();
    await checkAssignee(tx, input.assigneeId);
    const patch: Partial<NewConversation> = {
      ...statusPatch(conversation, input, now),
      ...(input.priority ? { priority: input.priority } : {}),
      ...(input.tags ? { tags: [...new Set(input.tags)] } : {}),
      ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
      ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
    };
    await logChanges(tx, ctx, conversation, patch, worker.userId);
    const saved = await saveConversation(tx, ctx, conversation, patch);
    if (
      patch.assigneeId &&
      patch.assigneeId !== conversation.assigneeId &&
      patch.assigneeId !== worker.userId
    )
      await notifyAssigned(tx, ctx, saved, patch.assigneeId, worker.userId);
    if (patch.status === 'resolved') await requestRating(tx, ctx, saved);
    return conversationDetail(tx.db, saved, now);
  });
}
