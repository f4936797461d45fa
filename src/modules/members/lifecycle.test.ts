import { describe, expect, it } from 'vitest';
import { lifecycleOf, type LifecycleStats } from './lifecycle.ts';

const now = new Date('2026-11-20T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const quiet: LifecycleStats = {
  firstSeenAt: daysAgo(200),
  lastActiveAt: daysAgo(1),
  last30: 2,
  prev30: 2,
  activeWeeks: 2,
  acceptedAnswers90: 0,
  negativeMentions30: 0,
  lowRatings90: 0,
  slaMisses30: 0,
};

describe('lifecycle', () => {
  it('says newcomer with how long ago they arrived, or that they are not a regular yet', () => {
    expect(lifecycleOf({ ...quiet, firstSeenAt: daysAgo(0) }, now)).toEqual({
      stage: 'newcomer',
      reason: 'newcomer: first seen today',
    });
    expect(lifecycleOf({ ...quiet, firstSeenAt: daysAgo(5) }, now).reason).toBe(
      'newcomer: first seen 5 days ago',
    );
    expect(lifecycleOf(quiet, now).reason).toBe('newcomer: active 2 weeks of the last 8, not yet a regular');
  });

  it('recognises regulars and advocates', () => {
    expect(lifecycleOf({ ...quiet, activeWeeks: 5 }, now)).toEqual({
      stage: 'regular',
      reason: 'regular: active 5 of the last 8 weeks',
    });
    expect(lifecycleOf({ ...quiet, activeWeeks: 6, acceptedAnswers90: 4 }, now)).toEqual({
      stage: 'advocate',
      reason: 'advocate: 4 accepted answers in 90 days',
    });
  });

  it('names every risk signal, and risk outranks being an advocate', () => {
    const risky = {
      ...quiet,
      activeWeeks: 6,
      acceptedAnswers90: 5,
      last30: 3,
      prev30: 10,
      negativeMentions30: 2,
      lowRatings90: 1,
      slaMisses30: 1,
    };
    expect(lifecycleOf(risky, now)).toEqual({
      stage: 'at_risk',
      reason:
        'at risk: activity down 70% over 30 days (3 against 10), 2 negative mentions in 30 days, 1 rating of 2 or less in 90 days, 1 SLA miss on their conversations in 30 days',
    });
    expect(lifecycleOf({ ...quiet, slaMisses30: 2 }, now).reason).toBe(
      'at risk: 2 SLA misses on their conversations in 30 days',
    );
    // A small base is noise: 1 against 3 is no drop worth naming.
    expect(lifecycleOf({ ...quiet, last30: 1, prev30: 3 }, now).stage).toBe('newcomer');
    expect(lifecycleOf({ ...quiet, negativeMentions30: 1 }, now).stage).toBe('newcomer');
  });

  it('calls a member gone after 90 quiet days, whatever they were', () => {
    expect(
      lifecycleOf({ ...quiet, lastActiveAt: daysAgo(120), acceptedAnswers90: 0, activeWeeks: 0 }, now),
    ).toEqual({
      stage: 'gone',
      reason: 'gone: nothing for 120 days',
    });
    expect(lifecycleOf({ ...quiet, lastActiveAt: daysAgo(89) }, now).stage).not.toBe('gone');
  });
});
