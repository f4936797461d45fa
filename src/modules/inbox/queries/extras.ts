import { asc, desc, eq } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { csatRequests, scopeChanges } from '../tables.ts';

export type ScopeChangeRow = typeof scopeChanges.$inferSelect;
export type CsatRow = typeof csatRequests.$inferSelect;

export async function insertScopeChange(
  db: Db,
  row: typeof scopeChanges.$inferInsert,
): Promise<ScopeChangeRow> {
  return onlyRow(await db.insert(scopeChanges).values(row).returning());
}

export async function scopeChangesOf(db: Db, conversationId: string): Promise<ScopeChangeRow[]> {
  return db
    .select()
    .from(scopeChanges)
    .where(eq(scopeChanges.conversationId, conversationId))
    .orderBy(asc(scopeChanges.createdAt));
}

export async function insertCsat(db: Db, row: typeof csatRequests.$inferInsert): Promise<CsatRow> {
  return onlyRow(await db.insert(csatRequests).values(row).returning());
}

export async function latestCsatOf(db: Db, conversationId: string): Promise<CsatRow | undefined> {
  const rows = await db
    .select()
    .from(csatRequests)
    .where(eq(csatRequests.conversationId, conversationId))
    .orderBy(desc(csatRequests.requestedAt))
    .limit(1);
  return rows[0];
}

export async function findCsat(db: Db, token: string, lock = false): Promise<CsatRow | undefined> {
  const query = db.select().from(csatRequests).where(eq(csatRequests.token, token));
  return (lock ? await query.for('update') : await query)[0];
}

export async function answerCsat(
  db: Db,
  token: string,
  rating: number,
  comment: string | null,
  at: Date,
): Promise<CsatRow> {
  return onlyRow(
    await db
      .update(csatRequests)
      .set({ rating, comment, answeredAt: at })
      .where(eq(csatRequests.token, token))
      .returning(),
  );
}
