// ECharts options for the reports, in the app's colours. Tooltips are drawn on the canvas
// (renderMode richText): ECharts' HTML tooltips carry inline style attributes, which the CSP refuses.
import type { BarSeriesOption } from 'echarts/charts';
import type { Distribution } from '../../api/reports.ts';
import type { ChartOption } from './echarts.ts';

const ACCENT = '#c2410c';
const INFO = '#1d3f8a';
const MUTED = '#545d6a';
const BORDER = '#dfe3e8';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function base(): ChartOption {
  return {
    animation: !reducedMotion(),
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: MUTED },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
  };
}

const valueAxis = (percent = false) => ({
  type: 'value' as const,
  minInterval: 1,
  ...(percent ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}),
  splitLine: { lineStyle: { color: BORDER } },
});

/** Bars of counts (or percentages) by category. */
export function barOption(
  categories: readonly string[],
  values: readonly (number | null)[],
  options: { name: string; percent?: boolean; color?: string; markLine?: BarSeriesOption['markLine'] } = {
    name: 'Count',
  },
): ChartOption {
  return {
    ...base(),
    xAxis: {
      type: 'category',
      data: [...categories],
      axisTick: { alignWithLabel: true },
      axisLabel: { hideOverlap: true },
    },
    yAxis: valueAxis(options.percent),
    series: [
      {
        type: 'bar',
        name: options.name,
        data: [...values],
        itemStyle: { color: options.color ?? ACCENT, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 48,
        ...(options.markLine ? { markLine: options.markLine } : {}),
      },
    ],
  };
}

/** A line over dates (the open backlog at the end of each day). */
export function lineOption(dates: readonly string[], values: readonly number[], name: string): ChartOption {
  return {
    ...base(),
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: [...dates], boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: valueAxis(),
    series: [
      {
        type: 'line',
        name,
        data: [...values],
        showSymbol: dates.length <= 31,
        lineStyle: { color: INFO, width: 2 },
        itemStyle: { color: INFO },
        areaStyle: { color: 'rgba(29, 63, 138, 0.08)' },
      },
    ],
  };
}

/** The bucket a number of minutes falls in (the first whose upper bound holds it). */
export function bucketOf(distribution: Distribution, minutes: number | null): string | null {
  if (minutes === null) return null;
  const bucket = distribution.buckets.find(
    (candidate) => candidate.upToMinutes === null || minutes <= candidate.upToMinutes,
  );
  return bucket?.label ?? distribution.buckets.at(-1)?.label ?? null;
}

/** A histogram of times with the buckets holding the median and the 90th percentile marked. */
export function histogramOption(distribution: Distribution): ChartOption {
  const labels = distribution.buckets.map((bucket) => bucket.label);
  const median = bucketOf(distribution, distribution.medianMinutes);
  const p90 = bucketOf(distribution, distribution.p90Minutes);
  const marks: { xAxis: string; name: string }[] = [];
  if (median && median === p90) marks.push({ xAxis: median, name: 'Median and p90' });
  else {
    if (median) marks.push({ xAxis: median, name: 'Median' });
    if (p90) marks.push({ xAxis: p90, name: 'p90' });
  }
  return barOption(
    labels,
    distribution.buckets.map((bucket) => bucket.count),
    {
      name: 'Conversations',
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { color: INFO, type: 'dashed', width: 2 },
        label: { formatter: '{b}', color: INFO, fontWeight: 'bold', position: 'end' },
        data: marks,
      },
    },
  );
}

/** Horizontal bars, one per category (top first), stacked by series: e.g. an idea's votes by channel. */
export function stackedBarsOption(
  categories: readonly string[],
  series: readonly { name: string; values: readonly number[]; color: string }[],
): ChartOption {
  return {
    ...base(),
    grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 8, bottom: 8, containLabel: true },
    xAxis: valueAxis(),
    yAxis: {
      type: 'category',
      data: [...categories],
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: series.map((one) => ({
      type: 'bar' as const,
      name: one.name,
      stack: 'total',
      data: [...one.values],
      itemStyle: { color: one.color },
      barMaxWidth: 28,
    })),
  };
}

/** The colours series of one chart take, in order. */
export const seriesColors = [ACCENT, INFO, '#0f766e', '#7c3aed'] as const;
