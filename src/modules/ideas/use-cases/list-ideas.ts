import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { policyErrors } from '../../../core/policy.ts';
import { decodeCursor, encodeCursor } from '../../../core/pagination.ts';
import type { Db } from '../../../db/index.ts';
import { idsInSegment, memberWeights, type MemberWeight } from '../../members/index.ts';
import { listSpaces, loadSpace } from '../../spaces/index.ts';
import { boardState } from '../board.ts';
import { ideaSummary } from '../dto.ts';
import { fail } from '../errors.ts';
import { loadBoard } from '../load.ts';
import { namesOf } from '../people.ts';
import { canInspect, canReadBoard } from '../policy.ts';
import { boardIdeas, openStatuses } from '../queries/ideas.ts';
import { votedAmong, votersOf } from '../queries/votes.ts';
import { rankIdeas } from '../ranking.ts';
import type { BoardDto, BoardPageDto, BoardQuery } from '../schemas.ts';
import { ideaStatuses } from '../statuses.ts';

/** Ranking needs every matching idea; a board is cut off here (the most voted kept). */
const boardCap = 2_000;
const trendingDays = 14;
const cursorSchema = z.object({ offset: z.number().int().min(0) });

function statusesFor(filter: BoardQuery['status']): readonly string[] {
  if (filter === 'all') return ideaStatuses;
  if (filter === 'open') return openStatuses;
  if (filter === 'closed') return ['shipped', 'declined'];
  return [filter];
}

/** Only staff may rank by a segment: a segment is staff's view of members. */
async function segmentVoters(
  db: Db,
  segment: string | undefined,
  voterIds: readonly string[],
): Promise<Set<string> | null> {
  if (!segment) return null;
  const kept = await idsInSegment(db, segment, voterIds);
  if (!kept) throw fail.IDEA_SEGMENT_NOT_FOUND();
  return kept;
}

/** A board's ideas, ranked by votes, demand, recent votes or age; filtered by status and title. */
export async function listIdeas(
  ctx: AppContext,
  actor: Actor | null,
  slug: string,
  query: BoardQuery,
): Promise<BoardPageDto> {
  const db = ctx.database.db;
  const space = await loadBoard(db, { slug }, actor);
  if (query.segment && !canInspect(space, actor))
    throw actor ? policyErrors.raise.AUTH_FORBIDDEN() : policyErrors.raise.AUTH_REQUIRED();
  const offset = decodeCursor(query.cursor, cursorSchema)?.offset ?? 0;
  const rows = await boardIdeas(db, {
    spaceId: space.id,
    statuses: statusesFor(query.status),
    q: query.q || undefined,
    recentSince: new Date(ctx.clock.now().getTime() - trendingDays * 86_400_000),
    cap: boardCap,
  });
  const weighs = query.sort === 'demand' || query.segment !== undefined;
  const votes = weighs
    ? await votersOf(
        db,
        rows.map((row) => row.id),
      )
    : [];
  const voterIds = [...new Set(votes.map((vote) => vote.memberId))];
  const weights: Map<string, MemberWeight> =
    query.sort === 'demand' ? await memberWeights(db, voterIds) : new Map();
  const segment = await segmentVoters(db, query.segment, voterIds);
  const ranked = rankIdeas(rows, { sort: query.sort, votes, weights, segment });
  const page = ranked.slice(offset, offset + query.limit);
  const names = await namesOf(
    db,
    page.map((row) => row.authorId),
    [],
  );
  const voted = actor
    ? await votedAmong(
        db,
        actor.userId,
        page.map((row) => row.id),
      )
    : new Set<string>();
  const end = offset + page.length;
  return {
    board: await boardState(db, space, actor),
    items: page.map((row) => ideaSummary(row, names, voted.has(row.id))),
    nextCursor: end < ranked.length ? encodeCursor({ offset: end }) : null,
  };
}

/** The ideas boards someone may read (the capture dialog offers them). */
export async function listBoards(ctx: AppContext, actor: Actor | null): Promise<BoardDto[]> {
  const db = ctx.database.db;
  const spaces = (await listSpaces(db, false)).filter((space) => space.kind === 'ideas');
  const boards: BoardDto[] = [];
  for (const { id } of spaces) {
    const space = await loadSpace(db, { id });
    if (space && canReadBoard(space, actor)) boards.push(await boardState(db, space, actor));
  }
  return boards;
}
