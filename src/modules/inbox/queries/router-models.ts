import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { conversations, messages, routerModels, teams } from '../tables.ts';

export type RouterModelRow = typeof routerModels.$inferSelect;

/** The newest model's facts without its weights (which run to megabytes). */
export async function latestRouterModelInfo(
  db: Db,
): Promise<{ id: string; examples: number; labels: number; trainedAt: Date } | undefined> {
  const rows = await db
    .select({
      id: routerModels.id,
      examples: routerModels.examples,
      labels: routerModels.labels,
      trainedAt: routerModels.trainedAt,
    })
    .from(routerModels)
    .orderBy(desc(routerModels.trainedAt))
    .limit(1);
  return rows[0];
}

export async function latestRouterModel(db: Db): Promise<RouterModelRow | undefined> {
  return (await db.select().from(routerModels).orderBy(desc(routerModels.trainedAt)).limit(1))[0];
}

export async function insertRouterModel(db: Db, row: typeof routerModels.$inferInsert): Promise<void> {
  await db.insert(routerModels).values(row);
}

/**
 * What the learned router learns from: each recent conversation's final team (after rules, the
 * router and any agent's re-routing) with its subject and first message from the member.
 */
export async function routingHistory(db: Db, limit: number): Promise<{ text: string; teamId: string }[]> {
  const rows = await db
    .select({
      teamId: conversations.teamId,
      subject: conversations.subject,
      first: sql<string | null>`(select ${messages.bodyText} from ${messages}
        where ${messages.conversationId} = ${conversations.id} and ${messages.direction} = 'in'
        order by ${messages.createdAt}, ${messages.seq} limit 1)`,
    })
    .from(conversations)
    .innerJoin(teams, and(eq(teams.id, conversations.teamId), isNull(teams.archivedAt)))
    .orderBy(desc(conversations.createdAt))
    .limit(limit);
  return rows.flatMap((row) =>
    row.teamId ? [{ teamId: row.teamId, text: `${row.subject}\n${row.first ?? ''}`.trim() }] : [],
  );
}

/** Models are megabytes: only the newest few are kept (the older ones for a look back). */
export async function pruneRouterModels(db: Db, keep: number): Promise<void> {
  await db.execute(sql`delete from ${routerModels} where ${routerModels.id} not in
    (select ${routerModels.id} from ${routerModels} order by ${routerModels.trainedAt} desc limit ${keep})`);
}
