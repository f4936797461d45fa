import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { savedReplySchema } from '../admin-schemas.ts';
import { fail } from '../errors.ts';
import { loadConversation } from '../load.ts';
import { inboxPolicy } from '../policy.ts';
import {
  deleteSavedReply,
  findSavedReply,
  insertSavedReply,
  listSavedReplies,
  updateSavedReply,
  type SavedReplyRow,
} from '../queries/replies.ts';
import { findTeam } from '../queries/teams.ts';
import { fillTemplate, firstName } from '../saved-reply-template.ts';

type Input = z.infer<typeof savedReplySchema>;

export async function listReplies(ctx: AppContext, actor: Actor | null): Promise<SavedReplyRow[]> {
  inboxPolicy.authorize(actor, 'work');
  return listSavedReplies(ctx.database.db);
}

export async function createReply(
  ctx: AppContext,
  actor: Actor | null,
  input: Input,
): Promise<SavedReplyRow> {
  const worker = inboxPolicy.authorize(actor, 'work');
  const now = ctx.clock.now();
  return ctx.database.transaction((tx) =>
    insertSavedReply(tx.db, {
      id: newId(),
      ...input,
      createdBy: worker.userId,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

/** Agents edit the replies they wrote; managers and admins edit any. */
async function loadEditable(ctx: AppContext, actor: Actor | null, id: string): Promise<SavedReplyRow> {
  const worker = inboxPolicy.authorize(actor, 'work');
  const reply = await findSavedReply(ctx.database.db, id);
  if (!reply) throw fail.SAVED_REPLY_NOT_FOUND();
  if (reply.createdBy !== worker.userId) inboxPolicy.authorize(worker, 'configure');
  return reply;
}

export async function editReply(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: Input,
): Promise<SavedReplyRow> {
  await loadEditable(ctx, actor, id);
  return ctx.database.transaction((tx) =>
    updateSavedReply(tx.db, id, { ...input, updatedAt: ctx.clock.now() }),
  );
}

export async function removeReply(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  await loadEditable(ctx, actor, id);
  await ctx.database.transaction((tx) => deleteSavedReply(tx.db, id));
}

/** The saved reply with this conversation's names filled in: a starting point the agent then edits. */
export async function fillReply(
  ctx: AppContext,
  actor: Actor | null,
  conversationId: string,
  replyId: string,
): Promise<{ markdown: string }> {
  const db = ctx.database.db;
  const { worker, conversation } = await loadConversation(db, actor, conversationId);
  const reply = await findSavedReply(db, replyId);
  if (!reply) throw fail.SAVED_REPLY_NOT_FOUND();
  const team = conversation.teamId ? await findTeam(db, conversation.teamId) : undefined;
  const member = conversation.contactName ?? 'there';
  return {
    markdown: fillTemplate(reply.body, {
      'member.name': member,
      'member.first_name': firstName(member),
      'agent.name': worker.name,
      'agent.first_name': firstName(worker.name),
      'conversation.subject': conversation.subject,
      'team.name': team?.name ?? 'our team',
    }),
  };
}
