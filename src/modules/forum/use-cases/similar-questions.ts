import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { spaceRef } from '../dto.ts';
import { readableScope } from '../readable.ts';
import { similarThreads } from '../queries/search.ts';
import { threadsByIds } from '../queries/threads.ts';
import type { SimilarInput, similarSchema } from '../schemas.ts';

export type SimilarQuestion = z.infer<typeof similarSchema>;

export interface SimilarQuestionsInput extends SimilarInput {
  /**
   * Rank only these threads (ids), each scored exactly as in a free search; equal scores keep
   * this order. Threads sharing no word with the text are left out. `hearth eval similar` uses it
   * to rank a benchmark's fixed candidates.
   */
  among?: readonly string[] | undefined;
}

/**
 * What the composer shows while someone types a title: public threads that already ask the same,
 * best first, so the answer is found before a duplicate is posted. The score is in [0, 1);
 * `isLikelyDuplicate(score)` (similarity/rank.ts) is the product's call that a thread asks the
 * same thing. The eval (`hearth eval similar`) calls this very function.
 */
export async function similarQuestions(
  ctx: AppContext,
  actor: Actor | null,
  input: SimilarQuestionsInput,
): Promise<SimilarQuestion[]> {
  const text = [input.title, input.body ?? ''].join('\n').trim();
  if (text.length < 3) return [];
  const db = ctx.database.db;
  const scope = await readableScope(db, actor);
  const spaceIds = input.space
    ? scope.spaceIds.filter((id) => scope.spaces.get(id)?.slug === input.space)
    : scope.spaceIds;
  if (spaceIds.length === 0) return [];
  const rows = await similarThreads(db, { ...scope, spaceIds, text, limit: input.limit, among: input.among });
  const threads = await threadsByIds(
    db,
    rows.map((row) => row.threadId),
  );
  return rows.flatMap((row) => {
    const thread = threads.get(row.threadId);
    const space = thread ? scope.spaces.get(thread.spaceId ?? '') : undefined;
    if (!thread || !space) return [];
    return [
      {
        id: thread.id,
        title: thread.title,
        space: spaceRef(space),
        solved: thread.acceptedPostId !== null,
        replyCount: thread.postCount - 1,
        score: row.score,
      },
    ];
  });
}
