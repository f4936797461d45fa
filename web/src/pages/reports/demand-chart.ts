// The demand report's two charts: one stacked horizontal bar per row (an idea, a bug theme), a
// segment per channel, with a legend; and the same numbers as a table for screen readers.
import '../listening/reports/echarts-legend.ts';
import type { LegendChartOption } from '../listening/reports/echarts-legend.ts';
import type { ChartTable } from './Chart.tsx';
import { seriesColors, stackedBarsOption } from './chart-options.ts';

export interface ChannelColumn<Key extends string> {
  key: Key;
  label: string;
}

export function channelBars<Key extends string>(
  rows: readonly { name: string; byChannel: Record<Key, number> }[],
  channels: readonly ChannelColumn<Key>[],
  rowHeader: string,
): { option: LegendChartOption; table: ChartTable } {
  const option: LegendChartOption = {
    ...stackedBarsOption(
      rows.map((row) => row.name),
      channels.map((channel, index) => ({
        name: channel.label,
        values: rows.map((row) => row.byChannel[channel.key]),
        color: seriesColors[index % seriesColors.length] ?? seriesColors[0],
      })),
    ),
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12 },
  };
  const table: ChartTable = {
    columns: [rowHeader, ...channels.map((channel) => channel.label)],
    rows: rows.map((row) => [row.name, ...channels.map((channel) => row.byChannel[channel.key])]),
  };
  return { option, table };
}
