import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { createThread } from '../../forum/index.ts';
import { createReply } from '../../inbox/index.ts';
import { listSpaces } from '../../spaces/index.ts';
import { crisisDto, type CrisisDto } from '../crisis-dto.ts';
import type { statementBodySchema } from '../crisis-schemas.ts';
import { fail } from '../errors.ts';
import { listeningPolicy } from '../policy.ts';
import {
  findStatement,
  insertStatement,
  updateCrisis,
  updateStatement,
  type StatementRow,
} from '../queries/crises.ts';
import { announceCrisis, crisisEvent, openCrisisFor } from './crisis-room.ts';

type Body = z.infer<typeof statementBodySchema>;

async function statementAt(
  tx: Parameters<typeof openCrisisFor>[0],
  crisisId: string,
  statementId: string,
  stages: readonly string[],
): Promise<StatementRow> {
  const statement = await findStatement(tx.db, statementId, true);
  if (!statement || statement.crisisId !== crisisId) throw fail.STATEMENT_NOT_FOUND();
  if (!stages.includes(statement.status)) throw fail.STATEMENT_WRONG_STAGE();
  return statement;
}

/** Anyone in the room drafts what the organisation could say while it works on the problem. */
export async function draftStatement(ctx: AppContext, actor: Actor | null, crisisId: string, input: Body) {
  const who = listeningPolicy.authorize(actor, 'runCrisis');
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, crisisId);
    const now = ctx.clock.now();
    const statement = await insertStatement(tx.db, {
      id: newId(),
      crisisId,
      body: input.body,
      draftedBy: who.userId,
      createdAt: now,
      updatedAt: now,
    });
    await crisisEvent(tx, ctx, crisisId, 'statement_drafted', who.userId, { statementId: statement.id });
    await announceCrisis(tx, ctx, crisisId);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisis.id, {}));
  });
}

/** Editing an approved statement sends it back to draft: what is published is what was approved. */
export async function editStatement(
  ctx: AppContext,
  actor: Actor | null,
  crisisId: string,
  statementId: string,
  input: Body,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'runCrisis');
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, crisisId);
    const statement = await statementAt(tx, crisisId, statementId, ['draft', 'approved']);
    await updateStatement(tx.db, statement.id, {
      body: input.body,
      status: 'draft',
      approvedBy: null,
      approvedAt: null,
      updatedAt: ctx.clock.now(),
    });
    await crisisEvent(tx, ctx, crisisId, 'statement_edited', who.userId, { statementId });
    await announceCrisis(tx, ctx, crisisId);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisis.id, {}));
  });
}

export async function approveStatement(
  ctx: AppContext,
  actor: Actor | null,
  crisisId: string,
  statementId: string,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'approve');
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, crisisId);
    const statement = await statementAt(tx, crisisId, statementId, ['draft']);
    const now = ctx.clock.now();
    await updateStatement(tx.db, statement.id, {
      status: 'approved',
      approvedBy: who.userId,
      approvedAt: now,
      updatedAt: now,
    });
    await crisisEvent(tx, ctx, crisisId, 'statement_approved', who.userId, { statementId });
    await announceCrisis(tx, ctx, crisisId);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisis.id, {}));
  });
}

/**
 * Publishes an approved statement as an announcement in the community and offers it to agents as
 * a saved reply. The announcement and the saved reply are made first (their own use cases); the
 * statement is marked published last, under its row lock, so a second click finds it published.
 */
export async function publishStatement(
  ctx: AppContext,
  actor: Actor | null,
  crisisId: string,
  statementId: string,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'approve');
  const { crisis, statement } = await ctx.database.transaction(async (tx) => ({
    crisis: await openCrisisFor(tx, crisisId),
    statement: await statementAt(tx, crisisId, statementId, ['approved']),
  }));
  const space = (await listSpaces(ctx.database.db, false)).find((row) => row.kind === 'announcements');
  if (!space) throw fail.STATEMENT_NO_ANNOUNCEMENTS();
  const thread = await createThread(ctx, who, {
    space: space.slug,
    title: `Update: ${crisis.title}`,
    body: statement.body,
  });
  const reply = await createReply(ctx, who, {
    title: `Holding statement: ${crisis.title}`.slice(0, 120),
    body: statement.body,
  });
  return ctx.database.transaction(async (tx) => {
    await statementAt(tx, crisisId, statementId, ['approved']);
    const now = ctx.clock.now();
    await updateStatement(tx.db, statementId, {
      status: 'published',
      publishedAt: now,
      threadId: thread.thread.id,
      savedReplyId: reply.id,
      updatedAt: now,
    });
    await crisisEvent(tx, ctx, crisisId, 'statement_published', who.userId, {
      statementId,
      threadId: thread.thread.id,
      savedReplyId: reply.id,
    });
    await announceCrisis(tx, ctx, crisisId);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisisId, {}));
  });
}
