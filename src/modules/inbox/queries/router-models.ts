import { desc } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { routerModels } from '../tables.ts';

export type RouterModelRow = typeof routerModels.$inferSelect;

export async function latestRouterModelId(db: Db): Promise<{ id: string; trainedAt: Date } | undefined> {
  const rows = await db
    .select({ id: routerModels.id, trainedAt: routerModels.trainedAt })
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
