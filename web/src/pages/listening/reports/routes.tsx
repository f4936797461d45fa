import type { RouteObject } from 'react-router';
import { RequireRoles } from '../../inbox-admin/RequireRoles.tsx';
import { LISTENING_ROLES } from '../access.ts';

/**
 * Listening reports (agents, managers and admins: the server's listeningPolicy `read`). The page
 * loads on first visit, with ECharts, so the charting library stays out of the main bundle. It
 * works as a child of the '/listening' layout (its tabs around it) or on its own in the app shell.
 */
export const listeningReportsRoute: RouteObject = {
  path: '/listening/reports',
  element: <RequireRoles roles={LISTENING_ROLES} what="Listening reports" />,
  children: [
    {
      index: true,
      lazy: () => import('./ListeningReportsPage.tsx').then((m) => ({ Component: m.ListeningReportsPage })),
    },
  ],
};
