import { htmlToText, renderMarkdown } from '../../core/markdown.ts';
import type { IdeaRow } from './queries/ideas.ts';
import type { RankedIdea } from './ranking.ts';
import type { IdeaSummaryDto } from './schemas.ts';
import type { IdeaStatus, SourceKind } from './statuses.ts';

const excerptChars = 220;

/** The start of an idea's text, as plain words for a list. */
export function excerptOf(markdown: string): string {
  const flat = htmlToText(renderMarkdown(markdown)).replace(/\s+/g, ' ').trim();
  return flat.length > excerptChars ? `${flat.slice(0, excerptChars - 1)}…` : flat;
}

export function person(id: string | null, names: ReadonlyMap<string, string>) {
  return id ? { id, name: names.get(id) ?? 'Someone' } : null;
}

export function sourceOf(
  row: { capturedBy: string | null; sourceKind: string | null; sourceLink: string | null },
  excerpt: string | null,
  names: ReadonlyMap<string, string>,
) {
  if (!row.sourceKind) return null;
  return {
    kind: row.sourceKind as SourceKind,
    link: row.sourceLink,
    excerpt,
    capturedBy: person(row.capturedBy, names),
  };
}

/** One line of a board (the ranked row) or of an idea's header (the idea row with its counts). */
export function ideaSummary(
  row: RankedIdea | (IdeaRow & { score: number; demand: number; recentVotes: number; commentCount: number }),
  names: ReadonlyMap<string, string>,
  voted: boolean,
): IdeaSummaryDto {
  return {
    id: row.id,
    spaceId: row.spaceId,
    title: row.title,
    excerpt: excerptOf(row.body),
    status: row.status as IdeaStatus,
    statusAt: row.statusAt.toISOString(),
    voteCount: row.voteCount,
    score: row.score,
    demand: row.demand,
    recentVotes: row.recentVotes,
    commentCount: row.commentCount,
    author: person(row.authorId, names),
    captured: row.capturedBy !== null,
    voted,
    createdAt: row.createdAt.toISOString(),
  };
}
