import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { sources } from '../tables.ts';

export type SourceRow = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;

export async function listSources(db: Db): Promise<SourceRow[]> {
  return db.select().from(sources).orderBy(asc(sources.createdAt));
}

export async function findSource(db: Db, id: string, forUpdate = false): Promise<SourceRow | undefined> {
  const query = db.select().from(sources).where(eq(sources.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The source a forwarding address belongs to (`listen+<token>@…`). */
export async function findEmailSource(db: Db, token: string): Promise<SourceRow | undefined> {
  const [row] = await db
    .select()
    .from(sources)
    .where(
      and(eq(sources.kind, 'email'), sql`${sources.config}->>'token' = ${token}`, isNull(sources.archivedAt)),
    );
  return row;
}

/** A live source of this kind and name: imports without a chosen source share one. */
export async function findSourceByKindAndName(
  db: Db,
  kind: string,
  name: string,
): Promise<SourceRow | undefined> {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.kind, kind), eq(sources.name, name), isNull(sources.archivedAt)));
  return row;
}

export async function insertSource(db: Db, source: NewSource): Promise<SourceRow> {
  const [row] = await db.insert(sources).values(source).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateSource(db: Db, id: string, patch: Partial<NewSource>): Promise<SourceRow> {
  const [row] = await db.update(sources).set(patch).where(eq(sources.id, id)).returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

/** Feeds whose next poll is due (or never scheduled). */
export async function dueFeeds(db: Db, now: Date): Promise<SourceRow[]> {
  return db
    .select()
    .from(sources)
    .where(
      and(
        eq(sources.kind, 'rss'),
        isNull(sources.archivedAt),
        or(isNull(sources.nextPollAt), lte(sources.nextPollAt, now)),
      ),
    )
    .orderBy(asc(sources.nextPollAt))
    .limit(20);
}

export async function countSourceItems(db: Db, id: string, stored: number, lastItemAt: Date): Promise<void> {
  await db
    .update(sources)
    .set({
      itemCount: sql`${sources.itemCount} + ${stored}`,
      lastItemAt: sql`greatest(${sources.lastItemAt}, ${lastItemAt.toISOString()}::timestamptz)`,
    })
    .where(eq(sources.id, id));
}
