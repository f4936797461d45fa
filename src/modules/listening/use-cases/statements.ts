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
 * Publishing claims the statement first ("publishing"), so a second click or a second manager gets
 * 409 instead of a second announcement. A claim left by a crash is taken over after this long.
 */
const staleClaimMs = 2 * 60_000;

/**
 * Publishes an approved statement as an announcement in the community and offers it to agents as
 * a saved reply. The announcement and the saved reply are made by their own use cases between the
 * claim and the final mark; if either fails the statement goes back to approved.
 */
export async function publishStatement(
  ctx: AppContext,
  actor: Actor | null,
  crisisId: string,
  statementId: string,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'approve');
  const claimed = await claimForPublishing(ctx, crisisId, statementId);
  let made: { threadId: string; savedReplyId: string };
  try {
    made = await announce(ctx, who, claimed.title, claimed.body);
  } catch (error) {
    await updateStatement(ctx.database.db, statementId, { status: 'approved', updatedAt: ctx.clock.now() });
    throw error;
  }
  return ctx.database.transaction(async (tx) => {
    // The room's row first, then the statement's: the order every statement change takes them in.
    await openCrisisFor(tx, crisisId);
    await statementAt(tx, crisisId, statementId, ['publishing']);
    const now = ctx.clock.now();
    await updateStatement(tx.db, statementId, {
      status: 'published',
      publishedAt: now,
      updatedAt: now,
      ...made,
    });
    await crisisEvent(tx, ctx, crisisId, 'statement_published', who.userId, { statementId, ...made });
    await announceCrisis(tx, ctx, crisisId);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisisId, {}));
  });
}

async function claimForPublishing(ctx: AppContext, crisisId: string, statementId: string) {
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, crisisId);
    const statement = await statementAt(tx, crisisId, statementId, ['approved', 'publishing']);
    const now = ctx.clock.now();
    if (statement.status === 'publishing' && now.getTime() - statement.updatedAt.getTime() < staleClaimMs)
      throw fail.STATEMENT_WRONG_STAGE();
    await updateStatement(tx.db, statementId, { status: 'publishing', updatedAt: now });
    return { title: crisis.title, body: statement.body };
  });
}

async function announce(ctx: AppContext, who: Actor, title: string, body: string) {
  const space = (await listSpaces(ctx.database.db, false)).find((row) => row.kind === 'announcements');
  if (!space) throw fail.STATEMENT_NO_ANNOUNCEMENTS();
  const thread = await createThread(ctx, who, { space: space.slug, title: `Update: ${title}`, body });
  const reply = await createReply(ctx, who, { title: `Holding statement: ${title}`.slice(0, 120), body });
  return { threadId: thread.thread.id, savedReplyId: reply.id };
}
