import type { ComponentType } from 'react';
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { RequireRoles } from '../inbox-admin/RequireRoles.tsx';
import { LISTENING_CONFIGURE_ROLES } from './access.ts';
import { listeningReportsRoute } from './reports/routes.tsx';

// Every page loads on first visit (the alert page brings ECharts with it), keeping the main bundle small.
const lazyPage =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  () =>
    load().then((module) => ({ Component: pick(module) }));

const ruleEditor = lazyPage(
  () => import('./RuleEditorPage.tsx'),
  (m) => m.RuleEditorPage,
);

/**
 * Listening: the stream, one mention, alerts, crisis rooms, outreach, and (admins and managers) its settings. Splice into
 * the signed-in app shell's children, replacing the placeholder route '/listening'.
 */
export const listeningRoutes: RouteObject[] = [
  {
    path: '/listening',
    lazy: lazyPage(
      () => import('./ListeningLayout.tsx'),
      (m) => m.ListeningLayout,
    ),
    children: [
      {
        index: true,
        lazy: lazyPage(
          () => import('./StreamPage.tsx'),
          (m) => m.StreamPage,
        ),
      },
      {
        path: 'items/:id',
        lazy: lazyPage(
          () => import('./ItemPage.tsx'),
          (m) => m.ItemPage,
        ),
      },
      {
        path: 'alerts',
        lazy: lazyPage(
          () => import('./AlertsPage.tsx'),
          (m) => m.AlertsPage,
        ),
      },
      {
        path: 'alerts/:id',
        lazy: lazyPage(
          () => import('./AlertDetailPage.tsx'),
          (m) => m.AlertDetailPage,
        ),
      },
      listeningReportsRoute,
      {
        path: 'crises',
        lazy: lazyPage(
          () => import('./crisis/CrisesPage.tsx'),
          (m) => m.CrisesPage,
        ),
      },
      {
        path: 'crises/:id',
        lazy: lazyPage(
          () => import('./crisis/CrisisRoomPage.tsx'),
          (m) => m.CrisisRoomPage,
        ),
      },
      {
        path: 'outreach',
        lazy: lazyPage(
          () => import('./outreach/OutreachPage.tsx'),
          (m) => m.OutreachPage,
        ),
      },
      {
        path: 'settings',
        element: <RequireRoles roles={LISTENING_CONFIGURE_ROLES} what="Listening settings" />,
        children: [
          { index: true, element: <Navigate to="/listening/settings/sources" replace /> },
          {
            path: 'sources',
            lazy: lazyPage(
              () => import('./SourcesPage.tsx'),
              (m) => m.SourcesPage,
            ),
          },
          {
            path: 'rules',
            lazy: lazyPage(
              () => import('./RulesPage.tsx'),
              (m) => m.RulesPage,
            ),
          },
          { path: 'rules/new', lazy: ruleEditor },
          { path: 'rules/:ruleId', lazy: ruleEditor },
          {
            path: 'general',
            lazy: lazyPage(
              () => import('./GeneralSettingsPage.tsx'),
              (m) => m.GeneralSettingsPage,
            ),
          },
        ],
      },
    ],
  },
];
