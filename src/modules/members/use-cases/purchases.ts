import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import { filterOfSegment, findSegment } from '../queries/segments.ts';
import { listMembers, rootsOf } from '../queries/members.ts';

/** A purchase a store reported: marks the member purchase-verified and adds to what they are worth. */
export async function recordPurchase(
  tx: Tx,
  purchase: { memberId: string; amountCents: number; country: string | null; at: Date },
): Promise<void> {
  const root = (await rootsOf(tx.db, [purchase.memberId])).get(purchase.memberId) ?? purchase.memberId;
  await tx.db.execute(
    sql`update members set
          purchase_verified_at = coalesce(purchase_verified_at, ${purchase.at.toISOString()}::timestamptz),
          value_cents = value_cents + ${Math.max(0, Math.round(purchase.amountCents))},
          country = coalesce(country, ${purchase.country}),
          updated_at = ${purchase.at.toISOString()}::timestamptz
        where id = ${root}::uuid`,
  );
}

/** What other modules weigh a member's voice by: whether they bought, what they bought, their stage. */
export interface MemberWeight {
  /** The member these ids resolve to after merges. */
  memberId: string;
  name: string;
  stage: string;
  purchaseVerified: boolean;
  valueCents: number;
}

/** Each given id's member (followed through merges) with its weight; unknown ids are left out. */
export async function memberWeights(db: Db, ids: readonly string[]): Promise<Map<string, MemberWeight>> {
  const roots = await rootsOf(db, ids);
  const rows = await selectRows<{
    id: string;
    name: string;
    stage: string;
    purchase_verified_at: Date | null;
    value_cents: number;
  }>(
    db,
    sql`select id, name, stage, purchase_verified_at, value_cents from members
        where id = any(${sql.param([...new Set(roots.values())])}::uuid[])`,
  );
  const byRoot = new Map(rows.map((row) => [row.id, row]));
  const out = new Map<string, MemberWeight>();
  for (const [id, root] of roots) {
    const row = byRoot.get(root);
    if (!row) continue;
    out.set(id, {
      memberId: row.id,
      name: row.name,
      stage: row.stage,
      purchaseVerified: row.purchase_verified_at !== null,
      valueCents: Number(row.value_cents),
    });
  }
  return out;
}

/** Which of the given ids belong (after merges) to members a saved segment selects; null: no such segment. */
export async function idsInSegment(
  db: Db,
  segmentId: string,
  ids: readonly string[],
): Promise<Set<string> | null> {
  const segment = await findSegment(db, segmentId);
  if (!segment) return null;
  const roots = await rootsOf(db, ids);
  const matching = await listMembers(
    db,
    { ids: [...new Set(roots.values())], ...filterOfSegment(segment.filter) },
    null,
    roots.size + 1,
  );
  const kept = new Set(matching.map((row) => row.id));
  return new Set(ids.filter((id) => kept.has(roots.get(id) ?? '')));
}
