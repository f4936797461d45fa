import { createRule, createSource, type IncomingMention } from '../src/modules/listening/index.ts';
import type { Actor } from '../src/core/actor.ts';
import type { BenchTarget } from './database.ts';
import { startInProcessHearth, type InProcessHearth } from './in-process.ts';
import { benchRules } from './ingest-data.ts';

export interface IngestHearth extends InProcessHearth {
  webhook: { id: string; secret: string };
}

/** The console's own identity: the bench configures listening as an admin would. */
const benchAdmin: Actor = {
  userId: '00000000-0000-4000-8000-00000000be01',
  role: 'admin',
  name: 'Bench',
  via: 'session',
  sessionId: null,
  tokenId: null,
  scope: 'session',
};

/** Hearth in this process with the bench's watch rules and a signed webhook source. */
export async function startIngestHearth(target: BenchTarget, work: boolean): Promise<IngestHearth> {
  const running = await startInProcessHearth(target, work);
  const { hearth, database } = running;
  const existing = await database.sql.query<{ count: number }>(
    'select count(*)::int as count from listening_rules',
  );
  if ((existing.rows[0]?.count ?? 0) === 0)
    for (const rule of benchRules) await createRule(hearth.ctx, benchAdmin, { ...rule, alerts: true });
  const source = await createSource(hearth.ctx, benchAdmin, { kind: 'webhook', name: 'Bench webhook' });
  return { ...running, webhook: { id: source.id, secret: source.secret ?? '' } };
}

export type { IncomingMention };
