/**
 * The volume series listening keeps: everything, and each watch rule, each also counted for its
 * negative items alone (negativity). Buckets are five minutes, the detector's interval.
 */
export const bucketMs = 5 * 60_000;

export const overallSeries = 'all';

export function ruleSeries(ruleId: string): string {
  return `rule:${ruleId}`;
}

export function negativeSeries(series: string): string {
  return `${series}:negative`;
}

export function bucketOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / bucketMs) * bucketMs);
}

export interface SeriesInfo {
  ruleId: string | null;
  measure: 'volume' | 'negativity';
}

export function parseSeries(series: string): SeriesInfo {
  const measure = series.endsWith(':negative') ? 'negativity' : 'volume';
  const match = /^rule:([0-9a-f-]{36})/.exec(series);
  return { ruleId: match?.[1] ?? null, measure };
}

/** The series one item counts in. */
export function seriesOfItem(ruleIds: readonly string[], negative: boolean): string[] {
  const plain = [overallSeries, ...ruleIds.map(ruleSeries)];
  return negative ? [...plain, ...plain.map(negativeSeries)] : plain;
}
