import { and, asc, desc, eq, gt, lt, lte, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../db/index.ts';
import { auditEvents, auditHead } from './tables.ts';

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = Omit<typeof auditEvents.$inferInsert, 'id'>;

const headId = 1;
// Appends are serialised across app nodes so that each row sees the true previous hash.
const appendLockKey = 7_205_118_303;

export async function lockForAppend(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${appendLockKey})`);
}

export async function findHead(db: Db): Promise<{ lastId: number; lastHash: string } | null> {
  const rows = await db.select().from(auditHead).where(eq(auditHead.id, headId));
  return rows[0] ?? null;
}

export async function insertEvent(db: Db, row: NewAuditRow): Promise<number> {
  const inserted = await db.insert(auditEvents).values(row).returning({ id: auditEvents.id });
  return onlyRow(inserted).id;
}

export async function saveHead(db: Db, lastId: number, lastHash: string): Promise<void> {
  await db
    .insert(auditHead)
    .values({ id: headId, lastId, lastHash })
    .onConflictDoUpdate({ target: auditHead.id, set: { lastId, lastHash } });
}

export async function listEventsNewestFirst(
  db: Db,
  beforeId: number | undefined,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(beforeId === undefined ? undefined : lt(auditEvents.id, beforeId))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

export async function listEventsInOrder(
  db: Db,
  afterId: number,
  upToId: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(gt(auditEvents.id, afterId), lte(auditEvents.id, upToId)))
    .orderBy(asc(auditEvents.id))
    .limit(limit);
}
