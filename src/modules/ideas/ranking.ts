import type { MemberWeight } from '../members/index.ts';
import type { BoardIdeaRow } from './queries/ideas.ts';

export type IdeaSort = 'votes' | 'demand' | 'trending' | 'new';

/**
 * What one voter's voice weighs in demand: 1, plus 1 once they are a verified purchaser, plus
 * log10(1 + what they bought, in whole currency units): a customer worth 100 adds about 2, one
 * worth 1,000 about 3. Logarithmic so that one big account cannot outvote a whole community.
 */
export function voterWeight(weight: MemberWeight | undefined): number {
  if (!weight) return 1;
  const value = Math.log10(1 + Math.max(0, weight.valueCents) / 100);
  return 1 + (weight.purchaseVerified ? 1 : 0) + value;
}

export interface RankedIdea extends BoardIdeaRow {
  score: number;
  demand: number;
  /** Votes that count: all of them, or only the chosen segment's. */
  counted: number;
}

export interface RankingInput {
  sort: IdeaSort;
  votes: readonly { ideaId: string; memberId: string }[];
  weights: ReadonlyMap<string, MemberWeight>;
  /** Only these voters count (a saved segment); null: everyone. */
  segment: ReadonlySet<string> | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Scores and orders a board's ideas; ties go to the newer idea. */
export function rankIdeas(rows: readonly BoardIdeaRow[], input: RankingInput): RankedIdea[] {
  const counted = new Map<string, number>();
  const demand = new Map<string, number>();
  for (const vote of input.votes) {
    if (input.segment && !input.segment.has(vote.memberId)) continue;
    counted.set(vote.ideaId, (counted.get(vote.ideaId) ?? 0) + 1);
    demand.set(vote.ideaId, (demand.get(vote.ideaId) ?? 0) + voterWeight(input.weights.get(vote.memberId)));
  }
  const ranked = rows.map((row) => {
    const votes = input.segment ? (counted.get(row.id) ?? 0) : row.voteCount;
    const weighed = round(demand.get(row.id) ?? 0);
    const score = { votes, demand: weighed, trending: row.recentVotes, new: 0 }[input.sort];
    return { ...row, score, demand: weighed, counted: votes };
  });
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (input.sort === 'trending' ? b.counted - a.counted : 0) ||
      b.createdAt.getTime() - a.createdAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}
