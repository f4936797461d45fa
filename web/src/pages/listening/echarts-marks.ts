// The shaded spike on an alert's chart needs ECharts' marked areas, which the reports do not
// register. Imported only by the lazily loaded alert page, next to the reports' ECharts build.
import { MarkAreaComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([MarkAreaComponent]);
