import { describe, expect, it } from 'vitest';
import {
  changeOf,
  granularityOf,
  groupsOf,
  growthOf,
  periodsOf,
  reportRange,
  selectThemes,
  statsOf,
  themeOf,
  themeStatus,
  type CountsRow,
  type ThemeCandidate,
} from './aggregate.ts';
import { csvCell } from './csv.ts';

const counts = (mentions: number, negative: number, neutral: number, positive: number, sentimentSum = 0) => ({
  mentions,
  negative,
  neutral,
  positive,
  sentimentSum,
});
const row = (period: string | null, key: string | null, mentions: number, negative = 0): CountsRow => ({
  period,
  key,
  ...counts(mentions, negative, mentions - negative, 0, -negative),
});
const theme = (phrase: string, count: number, previous: number, periodsPresent = 1): ThemeCandidate => ({
  phrase,
  count,
  previous,
  average: null,
  periodsPresent,
});

describe('report range and periods', () => {
  it('takes 30 UTC days up to today by default, and the range of equal length before', () => {
    const range = reportRange({}, new Date('2026-11-20T23:30:00-05:00'));
    // 04:30 UTC on the 21st: today is the 21st in UTC.
    expect(range).toMatchObject({ from: '2026-10-23', to: '2026-11-21', days: 30, granularity: 'day' });
    expect(range.previous).toEqual({ from: '2026-09-23', to: '2026-10-22' });
    expect(range.previousStart.toISOString()).toBe('2026-09-23T00:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(reportRange({ to: '2026-03-01' }, new Date()).from).toBe('2026-01-31');
    expect(reportRange({ from: '2026-12-01' }, new Date('2026-11-20T00:00:00Z')).to).toBe('2026-12-01');
  });

  it('counts per day up to 60 days, per week beyond', () => {
    expect(granularityOf(60)).toBe('day');
    expect(granularityOf(61)).toBe('week');
    expect(periodsOf({ from: '2026-02-27', to: '2026-03-01', granularity: 'day' })).toEqual([
      { key: '2026-02-27', start: '2026-02-27', end: '2026-02-27', days: 1 },
      { key: '2026-02-28', start: '2026-02-28', end: '2026-02-28', days: 1 },
      { key: '2026-03-01', start: '2026-03-01', end: '2026-03-01', days: 1 },
    ]);
    // Wednesday 4 to Tuesday 17 November 2026: two cut weeks around a whole one, keyed by Monday.
    expect(periodsOf({ from: '2026-11-04', to: '2026-11-17', granularity: 'week' })).toEqual([
      { key: '2026-11-02', start: '2026-11-04', end: '2026-11-08', days: 5 },
      { key: '2026-11-09', start: '2026-11-09', end: '2026-11-15', days: 7 },
      { key: '2026-11-16', start: '2026-11-16', end: '2026-11-17', days: 2 },
    ]);
  });
});

describe('sentiment arithmetic', () => {
  it('gives shares and the average, and nulls without mentions', () => {
    expect(statsOf(counts(5, 3, 1, 1, -1.5))).toEqual({
      mentions: 5,
      averageSentiment: -0.3,
      negative: 3,
      neutral: 1,
      positive: 1,
      negativeShare: 0.6,
      neutralShare: 0.2,
      positiveShare: 0.2,
    });
    expect(statsOf(counts(0, 0, 0, 0))).toMatchObject({ averageSentiment: null, negativeShare: null });
  });

  it('compares with the range before, with no ratio when there was nothing before', () => {
    expect(changeOf(counts(16, 8, 5, 3, -4), counts(10, 2, 6, 2, 0))).toEqual({
      mentions: 6,
      mentionsRatio: 0.6,
      averageSentiment: -0.25,
      negativeShare: 0.3,
      positiveShare: -0.0125,
    });
    expect(changeOf(counts(4, 1, 3, 0), counts(0, 0, 0, 0))).toEqual({
      mentions: 4,
      mentionsRatio: null,
      averageSentiment: null,
      negativeShare: null,
      positiveShare: null,
    });
    expect(changeOf(counts(0, 0, 0, 0), counts(4, 1, 3, 0)).mentionsRatio).toBe(-1);
  });

  it('keeps a group that fell silent, with its series filled and the busiest first', () => {
    const periods = periodsOf({ from: '2026-11-10', to: '2026-11-12', granularity: 'day' });
    const rows = [
      row('2026-11-10', 'twitter', 2, 1),
      row('2026-11-12', 'twitter', 3, 3),
      row(null, 'twitter', 5, 0),
      row(null, 'forum', 4),
      row('2026-11-11', 'reddit', 1),
    ];
    const groups = groupsOf(rows, periods, (key) => ({ name: key ?? '?', archived: false }));
    expect(groups.map((group) => [group.name, group.mentions, group.previous.mentions])).toEqual([
      ['twitter', 5, 5],
      ['reddit', 1, 0],
      ['forum', 0, 4],
    ]);
    expect(groups[0]?.series.map((point) => [point.period, point.mentions, point.negative])).toEqual([
      ['2026-11-10', 2, 1],
      ['2026-11-11', 0, 0],
      ['2026-11-12', 3, 3],
    ]);
    expect(groups[0]?.change).toMatchObject({ mentions: 0, mentionsRatio: 0, negativeShare: 0.8 });
    expect(groups[2]?.change.mentionsRatio).toBe(-1);
  });
});

describe('themes', () => {
  it('calls a theme new from 3 mentions with none before, and judges growth otherwise', () => {
    expect(themeStatus(3, 0)).toBe('new');
    expect(themeStatus(2, 0)).toBe('sparse');
    expect(themeStatus(4, 2)).toBe('rising');
    expect(themeStatus(3, 2)).toBe('rising');
    expect(themeStatus(5, 4)).toBe('steady');
    expect(themeStatus(2, 3)).toBe('falling');
    expect(themeStatus(1, 4)).toBe('falling');
    expect(growthOf(4, 2)).toBe(2);
    expect(growthOf(3, 0)).toBeNull();
    expect(growthOf(2, 3)).toBe(0.667);
  });

  it('picks rising themes by growth with enough mentions, new ones first', () => {
    const candidates = [
      theme('doubled', 8, 4),
      theme('tripled small', 3, 1),
      theme('new big', 9, 0),
      theme('new small', 2, 0),
      theme('huge but few', 2, 0),
      theme('steady', 20, 18),
      theme('new too', 3, 0),
      theme('falling', 3, 9),
    ];
    const { rising, top } = selectThemes(candidates, 7);
    expect(rising.map((t) => t.phrase)).toEqual(['new big', 'new too', 'tripled small', 'doubled']);
    expect(top.map((t) => t.phrase).slice(0, 3)).toEqual(['steady', 'new big', 'doubled']);
    expect(selectThemes(candidates, 7, { top: 2, rising: 1, recurring: 1 }).rising).toHaveLength(1);
  });

  it('calls a theme recurring when it comes up in more than half of the periods', () => {
    const candidates = [
      theme('every day', 7, 7, 7),
      theme('four of seven', 30, 0, 4),
      theme('half', 50, 0, 3),
      theme('lone', 1, 0, 1),
    ];
    expect(selectThemes(candidates, 7).recurring.map((t) => t.phrase)).toEqual([
      'every day',
      'four of seven',
    ]);
    expect(selectThemes(candidates, 6).recurring.map((t) => t.phrase)).toEqual([
      'every day',
      'four of seven',
    ]);
    // One period is no recurrence.
    expect(selectThemes([theme('once', 5, 0, 1)], 1).recurring).toEqual([]);
  });

  it('orders ties by phrase and shows a theme with its share and series', () => {
    const { top } = selectThemes([theme('b', 3, 0), theme('a', 3, 0), theme('#c', 3, 0)], 2);
    expect(top.map((t) => t.phrase)).toEqual(['#c', 'a', 'b']);
    const periods = periodsOf({ from: '2026-11-10', to: '2026-11-12', granularity: 'day' });
    const shown = themeOf(
      { ...theme('battery', 4, 2, 2), average: -0.56789 },
      16,
      new Map([['2026-11-12', 3]]),
      periods,
    );
    expect(shown).toEqual({
      phrase: 'battery',
      count: 4,
      share: 0.25,
      previous: 2,
      growth: 2,
      status: 'rising',
      averageSentiment: -0.568,
      periodsPresent: 2,
      series: [0, 0, 3],
    });
  });
});

describe('CSV cells', () => {
  it('defuses formula-like text and quotes what needs it', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-drop')).toBe("'-drop");
    expect(csvCell('@Forum digest')).toBe("'@Forum digest");
    expect(csvCell('=HYPERLINK("x"),y')).toBe(`"'=HYPERLINK(""x""),y"`);
    expect(csvCell('#battery')).toBe('#battery');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
  });
});
