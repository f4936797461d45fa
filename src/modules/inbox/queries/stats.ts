import { and, desc, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { conversations } from '../tables.ts';

/** Created-at and first-response-at of recent answered conversations (newest first, capped). */
export async function recentFirstResponses(
  db: Db,
  since: Date,
  limit: number,
): Promise<{ createdAt: Date; firstResponseAt: Date | null }[]> {
  return db
    .select({ createdAt: conversations.createdAt, firstResponseAt: conversations.firstResponseAt })
    .from(conversations)
    .where(and(gte(conversations.createdAt, since), isNotNull(conversations.firstResponseAt)))
    .orderBy(desc(conversations.createdAt))
    .limit(limit);
}
