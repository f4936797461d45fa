import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { userCards, userNames } from '../../accounts/index.ts';
import { notify } from '../../notifications/index.ts';
import {
  crisisDto,
  crisisSummaryDto,
  ruleNameMap,
  type CrisisDto,
  type CrisisSummaryDto,
} from '../crisis-dto.ts';
import type {
  closeCrisisSchema,
  crisisMemberSchema,
  crisisNoteSchema,
  openCrisisSchema,
} from '../crisis-schemas.ts';
import { fail } from '../errors.ts';
import { listeningPolicy, listeningRoles } from '../policy.ts';
import { findAlert, updateAlert } from '../queries/alerts.ts';
import {
  addCrisisEvent,
  addCrisisMember,
  findCrisis,
  insertCrisis,
  listCrises,
  updateCrisis,
  type CrisisRow,
} from '../queries/crises.ts';

export const crisisChanged = 'listening.crisis';
const HOUR = 3_600_000;

export async function announceCrisis(tx: Tx, ctx: AppContext, crisisId: string): Promise<void> {
  await ctx.live.publish(tx, {
    type: crisisChanged,
    audience: { roles: listeningRoles },
    data: { crisisId },
  });
}

export async function crisisEvent(
  tx: Tx,
  ctx: AppContext,
  crisisId: string,
  kind: string,
  actorId: string | null,
  data = {},
) {
  await addCrisisEvent(tx.db, { id: newId(), crisisId, kind, actorId, data, createdAt: ctx.clock.now() });
}

/** Loads an open crisis for a change, refusing a stale version. */
export async function openCrisisFor(tx: Tx, id: string, version?: number): Promise<CrisisRow> {
  const crisis = await findCrisis(tx.db, id, true);
  if (!crisis) throw fail.CRISIS_NOT_FOUND();
  if (crisis.status !== 'open') throw fail.CRISIS_CLOSED();
  if (version !== undefined && version !== crisis.version) throw fail.CRISIS_CHANGED();
  return crisis;
}

async function putOnDeck(
  tx: Tx,
  ctx: AppContext,
  crisis: CrisisRow,
  userId: string,
  by: Actor,
): Promise<void> {
  if (
    !(await addCrisisMember(tx.db, {
      crisisId: crisis.id,
      userId,
      addedBy: by.userId,
      addedAt: ctx.clock.now(),
    }))
  )
    return;
  await crisisEvent(tx, ctx, crisis.id, 'joined', by.userId, { userId });
  if (userId === by.userId) return;
  await notify(tx, ctx, [
    {
      userId,
      kind: 'listening_alert',
      actorId: by.userId,
      threadId: null,
      postId: null,
      link: `/listening/crises/${crisis.id}`,
      title: `You are on deck in the crisis room "${crisis.title}"`,
    },
  ]);
}

/** Opens a crisis room, from an alert (its rule, since its spike began; the alert is acknowledged) or by hand. */
export async function openCrisis(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof openCrisisSchema>,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'runCrisis');
  const now = ctx.clock.now();
  return ctx.database.transaction(async (tx) => {
    const alert = input.alertId ? await findAlert(tx.db, input.alertId, true) : undefined;
    if (input.alertId && !alert) throw fail.ALERT_NOT_FOUND();
    const crisis = await insertCrisis(tx.db, {
      id: newId(),
      title: input.title,
      severity: input.severity ?? 'high',
      ruleId: alert ? alert.ruleId : (input.ruleId ?? null),
      alertId: alert?.id ?? null,
      since: alert?.since ?? (input.since ? new Date(input.since) : new Date(now.getTime() - 6 * HOUR)),
      openedBy: who.userId,
      openedAt: now,
    });
    await crisisEvent(tx, ctx, crisis.id, 'opened', who.userId, { alertId: alert?.id ?? null });
    await putOnDeck(tx, ctx, crisis, who.userId, who);
    if (alert)
      await updateAlert(tx.db, alert.id, {
        crisisId: crisis.id,
        ...(alert.status === 'open'
          ? { status: 'acknowledged', acknowledgedBy: who.userId, acknowledgedAt: now }
          : {}),
      });
    await announceCrisis(tx, ctx, crisis.id);
    return crisisDto(tx.db, crisis);
  });
}

export async function readCrisis(ctx: AppContext, actor: Actor | null, id: string): Promise<CrisisDto> {
  listeningPolicy.authorize(actor, 'read');
  const crisis = await findCrisis(ctx.database.db, id);
  if (!crisis) throw fail.CRISIS_NOT_FOUND();
  return crisisDto(ctx.database.db, crisis);
}

export async function listCrisisDtos(
  ctx: AppContext,
  actor: Actor | null,
  limit: number,
): Promise<CrisisSummaryDto[]> {
  listeningPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const rows = await listCrises(db, limit);
  const names = await userNames(
    db,
    rows.flatMap((row) => (row.closedBy ? [row.openedBy, row.closedBy] : [row.openedBy])),
  );
  const rules = await ruleNameMap(db);
  return rows.map((row) => crisisSummaryDto(row, names, rules));
}

/** Puts a colleague on deck; they are notified (in the app and by email, as they chose). */
export async function addToDeck(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof crisisMemberSchema>,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'runCrisis');
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, id, input.version);
    const card = (await userCards(tx.db, [input.userId])).get(input.userId);
    if (!card || card.status !== 'active' || !listeningRoles.includes(card.role as never))
      throw fail.CRISIS_MEMBER_NOT_STAFF();
    await putOnDeck(tx, ctx, crisis, input.userId, who);
    await announceCrisis(tx, ctx, crisis.id);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisis.id, {}));
  });
}

export async function addCrisisNote(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof crisisNoteSchema>,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'runCrisis');
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, id, input.version);
    await crisisEvent(tx, ctx, crisis.id, 'note', who.userId, { text: input.text });
    await announceCrisis(tx, ctx, crisis.id);
    return crisisDto(tx.db, await updateCrisis(tx.db, crisis.id, {}));
  });
}

/** Closing needs a written outcome: what happened and what was done, for next time. */
export async function closeCrisis(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof closeCrisisSchema>,
): Promise<CrisisDto> {
  const who = listeningPolicy.authorize(actor, 'approve');
  return ctx.database.transaction(async (tx) => {
    const crisis = await openCrisisFor(tx, id, input.version);
    const closed = await updateCrisis(tx.db, crisis.id, {
      status: 'closed',
      outcome: input.outcome,
      closedBy: who.userId,
      closedAt: ctx.clock.now(),
    });
    await crisisEvent(tx, ctx, crisis.id, 'closed', who.userId, { outcome: input.outcome });
    await announceCrisis(tx, ctx, crisis.id);
    return crisisDto(tx.db, closed);
  });
}
