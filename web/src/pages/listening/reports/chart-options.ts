// ECharts options of the listening report, in the app's colours. Tooltips are drawn on the canvas
// (renderMode richText): ECharts' HTML tooltips carry inline style attributes, which the CSP refuses.
import type { ListeningReport, SentimentPoint, Theme } from '../../../api/listening-reports.ts';
import type { LegendChartOption } from './echarts-legend.ts';
import { formatGrowth } from './report-format.ts';

const MUTED = '#545d6a';
const BORDER = '#dfe3e8';
export const SENTIMENT_COLORS = { negative: '#b42318', neutral: '#8792a2', positive: '#05603a' } as const;
/** Overall first, then one colour per platform line. */
const LINE_COLORS = ['#16191d', '#1d3f8a', '#c2410c', '#05603a', '#7a2e8e', '#0e7490'];
const BEFORE = '#b9c0ca';
const NOW = '#c2410c';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function base(): LegendChartOption {
  return {
    animation: !reducedMotion(),
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: MUTED },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 8, textStyle: { color: MUTED } },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
  };
}

export interface SentimentLine {
  name: string;
  /** Average sentiment per period; null where there were no mentions. */
  values: (number | null)[];
}

/** Lines of average sentiment (−1…1) per period: all mentions (bold), then each platform. */
export function sentimentLinesOption(
  labels: readonly string[],
  lines: readonly SentimentLine[],
): LegendChartOption {
  return {
    ...base(),
    xAxis: { type: 'category', data: [...labels], boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      min: -1,
      max: 1,
      interval: 0.5,
      splitLine: { lineStyle: { color: BORDER } },
    },
    series: lines.map((line, index) => {
      const color = LINE_COLORS[index % LINE_COLORS.length] ?? MUTED;
      return {
        type: 'line' as const,
        name: line.name,
        data: [...line.values],
        connectNulls: false,
        showSymbol: labels.length <= 31,
        lineStyle: { color, width: index === 0 ? 3 : 1.5 },
        itemStyle: { color },
        ...(index === 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                label: { show: false },
                lineStyle: { color: BORDER, type: 'dashed' as const, width: 1 },
                data: [{ yAxis: 0 }],
              },
            }
          : {}),
      };
    }),
  };
}

const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Stacked bars of the negative, neutral and positive share of each period's mentions. */
export function shareBarsOption(
  labels: readonly string[],
  trend: readonly SentimentPoint[],
): LegendChartOption {
  const bar = (name: string, key: 'negativeShare' | 'neutralShare' | 'positiveShare', color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'share',
    data: trend.map((point) => percentOf(point[key])),
    itemStyle: { color },
    barMaxWidth: 36,
  });
  return {
    ...base(),
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: [...labels], axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      max: 100,
      axisLabel: { formatter: '{value}%' },
      splitLine: { lineStyle: { color: BORDER } },
    },
    series: [
      bar('Negative', 'negativeShare', SENTIMENT_COLORS.negative),
      bar('Neutral', 'neutralShare', SENTIMENT_COLORS.neutral),
      bar('Positive', 'positiveShare', SENTIMENT_COLORS.positive),
    ],
  };
}

/** Horizontal bars of each theme's mentions before and now, the growth written after the bar. */
export function themesBarOption(
  themes: readonly Theme[],
  range: Pick<ListeningReport['range'], 'previous' | 'from' | 'to'>,
): LegendChartOption {
  const growth = themes.map((theme) => formatGrowth(theme));
  return {
    ...base(),
    grid: { left: 8, right: 56, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: BORDER } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: themes.map((theme) => theme.phrase),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: `Before (${range.previous.from} – ${range.previous.to})`,
        data: themes.map((theme) => theme.previous),
        itemStyle: { color: BEFORE, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 14,
      },
      {
        type: 'bar',
        name: `Now (${range.from} – ${range.to})`,
        data: themes.map((theme) => theme.count),
        itemStyle: { color: NOW, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 14,
        label: {
          show: true,
          position: 'right',
          color: MUTED,
          fontWeight: 'bold',
          formatter: (params) => growth[params.dataIndex] ?? '',
        },
      },
    ],
  };
}
