import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { userNames } from '../../accounts/index.ts';
import { fail } from '../errors.ts';
import { listeningPolicy, listeningRoles } from '../policy.ts';
import { findAlert, listAlerts, updateAlert, type AlertRow } from '../queries/alerts.ts';
import { listItems } from '../queries/items.ts';
import { bucketsBetween } from '../queries/series.ts';
import type { alertDetailSchema, alertListQuery, alertSchema } from '../schemas.ts';
import { alertsChanged } from './raise-alert.ts';
import { itemDto, ruleNames } from './read-stream.ts';

export type AlertDto = z.infer<typeof alertSchema>;
const HOUR = 3_600_000;

export function alertDto(row: AlertRow, names: ReadonlyMap<string, string> = new Map()): AlertDto {
  const { exampleItemIds: _examples, seriesLabel, ...explanation } = row.explanation;
  return {
    id: row.id,
    series: row.series,
    label: seriesLabel,
    ruleId: row.ruleId,
    measure: row.measure as AlertDto['measure'],
    bucketStart: row.bucketStart.toISOString(),
    since: row.since.toISOString(),
    observed: row.observed,
    expected: row.expected,
    strength: row.strength,
    status: row.status as AlertDto['status'],
    crisisId: row.crisisId,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedByName: row.acknowledgedBy ? (names.get(row.acknowledgedBy) ?? null) : null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    explanation,
  };
}

export async function listAlertDtos(
  ctx: AppContext,
  actor: Actor | null,
  query: z.infer<typeof alertListQuery>,
): Promise<AlertDto[]> {
  listeningPolicy.authorize(actor, 'read');
  const rows = await listAlerts(ctx.database.db, { status: query.status, limit: query.limit });
  const names = await ackNames(ctx.database.db, rows);
  return rows.map((row) => alertDto(row, names));
}

/** Who acknowledged, by name, for "acknowledged by Priya". */
async function ackNames(db: Db, rows: readonly AlertRow[]): Promise<Map<string, string>> {
  return userNames(
    db,
    rows.flatMap((row) => (row.acknowledgedBy ? [row.acknowledgedBy] : [])),
  );
}

/** The alert with its example mentions and its series from a day before to now. */
export async function readAlert(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<z.infer<typeof alertDetailSchema>> {
  listeningPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const alert = await findAlert(db, id);
  if (!alert) throw fail.ALERT_NOT_FOUND();
  const ids = alert.explanation.exampleItemIds;
  const [examples, rules, buckets] = await Promise.all([
    ids.length > 0 ? listItems(db, { ids }, null, ids.length) : Promise.resolve([]),
    ruleNames(db),
    bucketsBetween(
      db,
      alert.series,
      new Date(alert.bucketStart.getTime() - 24 * HOUR),
      new Date(Math.max(ctx.clock.now().getTime(), alert.bucketStart.getTime() + HOUR)),
    ),
  ]);
  return {
    ...alertDto(alert, await ackNames(db, [alert])),
    examples: examples.map((row) => itemDto(row, rules)),
    volume: buckets.map((bucket) => ({ at: bucket.bucketStart.toISOString(), items: bucket.items })),
  };
}

export async function acknowledgeAlert(ctx: AppContext, actor: Actor | null, id: string): Promise<AlertDto> {
  const who = listeningPolicy.authorize(actor, 'triage');
  return ctx.database.transaction(async (tx) => {
    const alert = await findAlert(tx.db, id, true);
    if (!alert) throw fail.ALERT_NOT_FOUND();
    if (alert.status !== 'open') return alertDto(alert, await ackNames(tx.db, [alert]));
    const updated = await updateAlert(tx.db, id, {
      status: 'acknowledged',
      acknowledgedBy: who.userId,
      acknowledgedAt: ctx.clock.now(),
    });
    await ctx.live.publish(tx, {
      type: alertsChanged,
      audience: { roles: listeningRoles },
      data: { alertId: id },
    });
    return alertDto(updated, await ackNames(tx.db, [updated]));
  });
}
