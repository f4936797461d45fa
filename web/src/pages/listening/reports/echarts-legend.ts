// The listening report's charts name their lines and bars in a legend, which the inbox reports'
// ECharts build does not register. Imported only by the lazily loaded listening reports page.
import { LegendComponent } from 'echarts/components';
import type { LegendComponentOption } from 'echarts/components';
import { use } from 'echarts/core';
import type { ChartOption } from '../../reports/echarts.ts';

use([LegendComponent]);

/** The reports' chart option with a legend (drawn on the canvas, like everything else). */
export type LegendChartOption = ChartOption & { legend?: LegendComponentOption };
