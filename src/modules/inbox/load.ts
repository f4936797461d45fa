import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import { fail } from './errors.ts';
import { inboxPolicy } from './policy.ts';
import { findConversation, type ConversationRow } from './queries/conversations.ts';
import { teamsOf } from './queries/teams.ts';

/** Whether an inbox worker may see a conversation: restricted ones only if theirs, their team's, or a manager's. */
export async function canSeeConversation(db: Db, actor: Actor, row: ConversationRow): Promise<boolean> {
  if (!row.restricted || actor.role === 'admin' || actor.role === 'manager') return true;
  if (row.assigneeId === actor.userId) return true;
  return row.teamId !== null && (await teamsOf(db, actor.userId)).includes(row.teamId);
}

/** The conversation for an inbox worker, or 404 (also for a restricted one they may not see). */
export async function loadConversation(
  db: Db,
  actor: Actor | null,
  id: string,
  lock = false,
): Promise<{ worker: Actor; conversation: ConversationRow }> {
  const worker = inboxPolicy.authorize(actor, 'work');
  const conversation = await findConversation(db, id, lock);
  if (!conversation || !(await canSeeConversation(db, worker, conversation)))
    throw fail.CONVERSATION_NOT_FOUND();
  return { worker, conversation };
}
