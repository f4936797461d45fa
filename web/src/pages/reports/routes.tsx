import type { RouteObject } from 'react-router';
import { inboxConfigureRoles, RequireRoles } from '../inbox-admin/RequireRoles.tsx';

/**
 * Reports (admins and managers), replacing the placeholder route '/reports'. The page loads on
 * first visit, with ECharts, so the charting library stays out of the main bundle.
 */
export const reportsRoute: RouteObject = {
  path: '/reports',
  element: <RequireRoles roles={inboxConfigureRoles} what="Reports" />,
  children: [
    {
      index: true,
      lazy: () => import('./ReportsPage.tsx').then((m) => ({ Component: m.ReportsPage })),
    },
  ],
};
