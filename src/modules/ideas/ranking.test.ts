import { describe, expect, it } from 'vitest';
import type { MemberWeight } from '../members/index.ts';
import type { BoardIdeaRow } from './queries/ideas.ts';
import { rankIdeas, voterWeight } from './ranking.ts';

function idea(id: string, voteCount: number, daysAgo: number, recentVotes = 0): BoardIdeaRow {
  const at = new Date(Date.UTC(2026, 5, 30) - daysAgo * 86_400_000);
  return {
    id,
    spaceId: 'space',
    title: id,
    body: '',
    status: 'new',
    statusAt: at,
    voteCount,
    recentVotes,
    commentCount: 0,
    authorId: 'author',
    capturedBy: null,
    createdAt: at,
  };
}

function weight(memberId: string, purchaseVerified: boolean, valueCents: number): MemberWeight {
  return { memberId, name: memberId, stage: 'regular', purchaseVerified, valueCents };
}

describe('voter weight', () => {
  it('is 1 for a stranger, +1 for a verified purchase, and grows with the log of what they bought', () => {
    expect(voterWeight(undefined)).toBe(1);
    expect(voterWeight(weight('a', false, 0))).toBe(1);
    expect(voterWeight(weight('b', true, 0))).toBe(2);
    expect(voterWeight(weight('c', true, 99_900))).toBeCloseTo(5, 5);
    expect(voterWeight(weight('d', false, 9_900))).toBeCloseTo(3, 5);
  });
});

describe('ranking a board', () => {
  const rows = [idea('old-popular', 3, 30), idea('new-few', 1, 1, 1), idea('buyers', 2, 10, 2)];
  const votes = [
    { ideaId: 'old-popular', memberId: 'm1' },
    { ideaId: 'old-popular', memberId: 'm2' },
    { ideaId: 'old-popular', memberId: 'm3' },
    { ideaId: 'new-few', memberId: 'm1' },
    { ideaId: 'buyers', memberId: 'vip1' },
    { ideaId: 'buyers', memberId: 'vip2' },
  ];
  const weights = new Map([
    ['vip1', weight('vip1', true, 99_900)],
    ['vip2', weight('vip2', true, 9_900)],
  ]);

  it('orders by votes, newest first on a tie', () => {
    const ranked = rankIdeas([...rows, idea('tie', 3, 2)], { sort: 'votes', votes, weights, segment: null });
    expect(ranked.map((r) => r.id)).toEqual(['tie', 'old-popular', 'buyers', 'new-few']);
  });

  it('orders by demand: two valuable customers outweigh three strangers', () => {
    const ranked = rankIdeas(rows, { sort: 'demand', votes, weights, segment: null });
    expect(ranked.map((r) => [r.id, r.demand])).toEqual([
      ['buyers', 9],
      ['old-popular', 3],
      ['new-few', 1],
    ]);
  });

  it('counts only the segment’s votes when one is chosen', () => {
    const ranked = rankIdeas(rows, { sort: 'votes', votes, weights, segment: new Set(['m1']) });
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      ['new-few', 1],
      ['old-popular', 1],
      ['buyers', 0],
    ]);
  });

  it('trends by recent votes, then by votes', () => {
    const ranked = rankIdeas(rows, { sort: 'trending', votes, weights, segment: null });
    expect(ranked.map((r) => r.id)).toEqual(['buyers', 'new-few', 'old-popular']);
  });

  it('lists the newest first for "new"', () => {
    const ranked = rankIdeas(rows, { sort: 'new', votes, weights, segment: null });
    expect(ranked.map((r) => r.id)).toEqual(['new-few', 'buyers', 'old-popular']);
  });
});
