import type { ComponentType } from 'react';
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { inboxConfigureRoles, RequireRoles } from './RequireRoles.tsx';

// Every page loads on first visit: few people configure the inbox, and the main bundle stays small.
const lazyPage =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  () =>
    load().then((module) => ({ Component: pick(module) }));

const teams = lazyPage(
  () => import('./TeamsPage.tsx'),
  (m) => m.TeamsPage,
);
const teamEditor = lazyPage(
  () => import('./TeamEditorPage.tsx'),
  (m) => m.TeamEditorPage,
);
const rules = lazyPage(
  () => import('./RulesPage.tsx'),
  (m) => m.RulesPage,
);
const ruleEditor = lazyPage(
  () => import('./RuleEditorPage.tsx'),
  (m) => m.RuleEditorPage,
);
const policies = lazyPage(
  () => import('./SlaPoliciesPage.tsx'),
  (m) => m.SlaPoliciesPage,
);
const policyEditor = lazyPage(
  () => import('./SlaPolicyEditorPage.tsx'),
  (m) => m.SlaPolicyEditorPage,
);

/** Inbox › Settings: splice into the signed-in app shell's children (next to '/inbox'). */
export const inboxSettingsRoutes: RouteObject[] = [
  {
    path: '/inbox/settings',
    element: <RequireRoles roles={inboxConfigureRoles} what="Inbox settings" />,
    children: [
      {
        lazy: lazyPage(
          () => import('./InboxSettingsLayout.tsx'),
          (m) => m.InboxSettingsLayout,
        ),
        children: [
          { index: true, element: <Navigate to="/inbox/settings/teams" replace /> },
          { path: 'teams', lazy: teams },
          { path: 'teams/new', lazy: teamEditor },
          { path: 'teams/:teamId', lazy: teamEditor },
          { path: 'rules', lazy: rules },
          { path: 'rules/new', lazy: ruleEditor },
          { path: 'rules/:ruleId', lazy: ruleEditor },
          { path: 'sla', lazy: policies },
          { path: 'sla/new', lazy: policyEditor },
          { path: 'sla/:policyId', lazy: policyEditor },
          {
            path: 'general',
            lazy: lazyPage(
              () => import('./GeneralSettingsPage.tsx'),
              (m) => m.GeneralSettingsPage,
            ),
          },
          {
            path: 'channels',
            lazy: lazyPage(
              () => import('./ApiChannelsPage.tsx'),
              (m) => m.ApiChannelsPage,
            ),
          },
          {
            path: 'replies',
            lazy: lazyPage(
              () => import('./SavedRepliesPage.tsx'),
              (m) => m.SavedRepliesPage,
            ),
          },
          {
            path: 'rota',
            lazy: lazyPage(
              () => import('./RotaPage.tsx'),
              (m) => m.RotaPage,
            ),
          },
          {
            path: 'raw-mail',
            element: <RequireRoles roles={['admin']} what="Unreadable inbound mail" />,
            children: [
              {
                index: true,
                lazy: lazyPage(
                  () => import('./RawMailPage.tsx'),
                  (m) => m.RawMailPage,
                ),
              },
            ],
          },
        ],
      },
    ],
  },
];
