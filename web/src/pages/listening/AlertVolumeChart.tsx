// The volume around an alert, per 5 minutes: the reports' chart wrapper (canvas, summary, hidden
// table), a line with the spike shaded from its start and the alert's interval marked.
import { useMemo } from 'react';
import type { ListeningAlertDetail } from '../../api/listening.ts';
import { Chart } from '../reports/Chart.tsx';
import type { ChartOption } from '../reports/echarts.ts';
import '../../styles/reports.css';
import './echarts-marks.ts';

const BUCKET_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** At most two weeks of intervals are drawn (the API sends a day before the alert up to now). */
const MAX_BUCKETS = 14 * 24 * 12;

const ACCENT = '#c2410c';
const INFO = '#1d3f8a';
const MUTED = '#545d6a';
const BORDER = '#dfe3e8';

const floorBucket = (ms: number) => Math.floor(ms / BUCKET_MS) * BUCKET_MS;

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface VolumeSeries {
  /** Interval starts, ms. */
  times: number[];
  counts: number[];
  /** Indexes of the spike's first interval and of the alert's. */
  sinceIndex: number;
  alertIndex: number;
}

/** Every 5-minute interval from a day before the alert to the last one known (or now), missing ones as 0. */
export function volumeSeries(alert: ListeningAlertDetail, now = Date.now()): VolumeSeries {
  const counts = new Map<number, number>();
  for (const point of alert.volume) {
    const at = floorBucket(Date.parse(point.at));
    if (Number.isFinite(at)) counts.set(at, (counts.get(at) ?? 0) + point.items);
  }
  const alertAt = floorBucket(Date.parse(alert.bucketStart));
  const sinceAt = Math.min(alertAt, floorBucket(Date.parse(alert.since)));
  const known = [...counts.keys()];
  let first = Math.min(alertAt - DAY_MS, sinceAt, ...known);
  const last = Math.max(alertAt, floorBucket(now), ...known);
  if ((last - first) / BUCKET_MS >= MAX_BUCKETS) first = last - (MAX_BUCKETS - 1) * BUCKET_MS;
  const times: number[] = [];
  for (let at = first; at <= last; at += BUCKET_MS) times.push(at);
  const indexOf = (at: number) =>
    Math.max(0, Math.min(times.length - 1, Math.round((at - first) / BUCKET_MS)));
  return {
    times,
    counts: times.map((at) => counts.get(at) ?? 0),
    sinceIndex: indexOf(sinceAt),
    alertIndex: indexOf(alertAt),
  };
}

function volumeOption(series: VolumeSeries, name: string): ChartOption {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const labels = series.times.map((at) => dayTimeFormat.format(at));
  return {
    animation: !reducedMotion,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: MUTED },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    // Drawn on the canvas: ECharts' HTML tooltips carry style attributes, which the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: {
      type: 'category',
      data: labels,
      boundaryGap: false,
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: BORDER } } },
    series: [
      {
        type: 'line',
        name,
        data: series.counts,
        showSymbol: false,
        lineStyle: { color: INFO, width: 2 },
        itemStyle: { color: INFO },
        areaStyle: { color: 'rgba(29, 63, 138, 0.08)' },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(194, 65, 12, 0.12)' },
          label: { show: false },
          data: [[{ xAxis: series.sinceIndex }, { xAxis: series.alertIndex }]],
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: ACCENT, type: 'dashed', width: 2 },
          label: { formatter: 'Alert', color: ACCENT, fontWeight: 'bold', position: 'end' },
          data: [{ xAxis: series.alertIndex }],
        },
      },
    ],
  };
}

export function AlertVolumeChart({ alert }: { alert: ListeningAlertDetail }) {
  const chart = useMemo(() => {
    const series = volumeSeries(alert);
    const what = alert.measure === 'negativity' ? 'Negative mentions' : 'Mentions';
    const first = series.times[0] ?? Date.parse(alert.bucketStart);
    const last = series.times.at(-1) ?? first;
    const peak = Math.max(0, ...series.counts);
    const atAlert = series.counts[series.alertIndex] ?? 0;
    return {
      option: volumeOption(series, `${what} per 5 min`),
      summary: `${what} per 5 minutes from ${fullFormat.format(first)} to ${fullFormat.format(last)}: ${atAlert} at ${timeFormat.format(series.times[series.alertIndex] ?? first)} when the alert was raised (marked; the spike is shaded), about ${Math.round(alert.expected * 10) / 10} expected, at most ${peak}. The table lists the intervals with mentions.`,
      table: {
        columns: ['Interval', what],
        rows: series.times.flatMap((at, index) => {
          const count = series.counts[index] ?? 0;
          return count > 0 || index === series.alertIndex ? [[fullFormat.format(at), count] as const] : [];
        }),
      },
    };
  }, [alert]);
  return (
    <Chart
      title="Volume around the alert"
      summary={chart.summary}
      option={chart.option}
      table={chart.table}
      testId="alert-volume-chart"
    />
  );
}
