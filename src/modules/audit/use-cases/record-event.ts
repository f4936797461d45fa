import type { Tx } from '../../../db/index.ts';
import type { Clock } from '../../../core/clock.ts';
import { chainHash, genesisHash, sealIp } from '../chain.ts';
import { findHead, insertEvent, lockForAppend, saveHead } from '../queries.ts';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip: string | null;
  data?: Record<string, unknown>;
}

/** Appends to the chained log inside the caller's transaction: the entry commits with the change. */
export async function recordAuditEvent(tx: Tx, clock: Clock, entry: AuditEntry): Promise<void> {
  await lockForAppend(tx.db);
  const head = await findHead(tx.db);
  const prevHash = head?.lastHash ?? genesisHash;
  const row = {
    at: clock.now(),
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip,
    ipSeal: sealIp(entry.ip),
    chainVersion: 2,
    data: entry.data ?? {},
  };
  const hash = chainHash(prevHash, row);
  const id = await insertEvent(tx.db, { ...row, prevHash, hash });
  await saveHead(tx.db, id, hash);
}
