import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { userCardsByHandles } from '../../accounts/index.ts';
import { peopleOf, toThreadSummary } from '../dto.ts';
import { cardsFor } from '../load.ts';
import { readableScope } from '../readable.ts';
import { markEnd, markStart, searchPosts } from '../queries/search.ts';
import { threadsByIds } from '../queries/threads.ts';
import type { SearchInput, searchHitSchema } from '../schemas.ts';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The headline is member text: escape all of it, then turn the match markers into <mark>. */
export function highlightHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (char) => escapes[char] ?? char)
    .replaceAll(markStart, '<mark>')
    .replaceAll(markEnd, '</mark>');
}

export async function searchForum(
  ctx: AppContext,
  actor: Actor | null,
  input: SearchInput,
): Promise<z.infer<typeof searchHitSchema>[]> {
  const db = ctx.database.db;
  const scope = await readableScope(db, actor);
  const spaceIds = input.space
    ? scope.spaceIds.filter((id) => scope.spaces.get(id)?.slug === input.space)
    : scope.spaceIds;
  const author = input.author ? (await userCardsByHandles(db, [input.author]))[0] : undefined;
  if (spaceIds.length === 0 || (input.author && !author)) return [];
  const rows = await searchPosts(db, {
    ...scope,
    spaceIds,
    query: input.q,
    authorId: author?.id,
    solved: input.solved === undefined ? undefined : input.solved === 'true',
    limit: input.limit,
  });
  const threads = await threadsByIds(
    db,
    rows.map((row) => row.threadId),
  );
  const cards = await cardsFor(db, peopleOf([...threads.values()]));
  return rows.flatMap((row) => {
    const thread = threads.get(row.threadId);
    if (!thread) return [];
    return [
      {
        thread: toThreadSummary(thread, scope.spaces.get(thread.spaceId ?? ''), cards),
        postNumber: row.number,
        highlight: highlightHtml(row.headline),
        rank: row.rank,
      },
    ];
  });
}
