import type { RouteObject } from 'react-router';
import { inboxConfigureRoles, RequireRoles } from '../inbox-admin/RequireRoles.tsx';
import { ReportsTabs } from './ReportsTabs.tsx';

/**
 * Reports (admins and managers), replacing the placeholder route '/reports': the inbox report and,
 * at '/reports/demand', the demand report. Each page loads on first visit, with ECharts, so the
 * charting library stays out of the main bundle.
 */
export const reportsRoute: RouteObject = {
  path: '/reports',
  element: <RequireRoles roles={inboxConfigureRoles} what="Reports" />,
  children: [
    {
      element: <ReportsTabs />,
      children: [
        {
          index: true,
          lazy: () => import('./ReportsPage.tsx').then((m) => ({ Component: m.ReportsPage })),
        },
        {
          path: 'demand',
          lazy: () => import('./DemandReportPage.tsx').then((m) => ({ Component: m.DemandReportPage })),
        },
      ],
    },
  ],
};
