import { quantile } from '../../sla/index.ts';

export interface Bucket {
  label: string;
  /** Upper bound in minutes; null for the open-ended last bucket. */
  upToMinutes: number | null;
  count: number;
}
export interface Distribution {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  buckets: Bucket[];
}

// Edges people think in: a quarter hour, half an hour, an hour … two days.
const edges = [15, 30, 60, 120, 240, 480, 1440, 2880];

function minutesLabel(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : minutes < 1440 ? `${minutes / 60} h` : `${minutes / 1440} d`;
}

function bucketLabel(index: number): string {
  const upper = edges[index];
  const lower = edges[index - 1];
  if (upper === undefined) return `over ${minutesLabel(edges[edges.length - 1] ?? 0)}`;
  if (lower === undefined) return `up to ${minutesLabel(upper)}`;
  return `${minutesLabel(lower)}–${minutesLabel(upper)}`;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Median, 90th percentile and a histogram of durations in minutes. */
export function distribution(minutes: readonly number[]): Distribution {
  const buckets: Bucket[] = [...edges, null].map((upTo, index) => ({
    label: bucketLabel(index),
    upToMinutes: upTo,
    count: 0,
  }));
  for (const value of minutes) {
    const index = edges.findIndex((edge) => value <= edge);
    const bucket = buckets[index === -1 ? edges.length : index];
    if (bucket) bucket.count += 1;
  }
  return {
    count: minutes.length,
    medianMinutes: round(quantile(minutes, 0.5)),
    p90Minutes: round(quantile(minutes, 0.9)),
    buckets,
  };
}
