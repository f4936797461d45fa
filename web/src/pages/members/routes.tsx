import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRoles } from '../inbox-admin/RequireRoles.tsx';
import { MEMBER_CAMPAIGN_ROLES } from './access.ts';

// Every page loads on first visit, keeping the main bundle small.
const lazyPage =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  () =>
    load().then((module) => ({ Component: pick(module) }));

/**
 * Members: the list, one member, the welcome queue, advocates and (admins and managers) campaigns.
 * A child of the signed-in app shell.
 */
export const membersRoute: RouteObject = {
  path: '/members',
  lazy: lazyPage(
    () => import('./MembersLayout.tsx'),
    (m) => m.MembersLayout,
  ),
  children: [
    {
      index: true,
      lazy: lazyPage(
        () => import('./MembersPage.tsx'),
        (m) => m.MembersPage,
      ),
    },
    {
      path: 'welcome',
      lazy: lazyPage(
        () => import('./outreach/WelcomeQueuePage.tsx'),
        (m) => m.WelcomeQueuePage,
      ),
    },
    {
      path: 'advocates',
      lazy: lazyPage(
        () => import('./outreach/AdvocatesPage.tsx'),
        (m) => m.AdvocatesPage,
      ),
    },
    {
      path: 'campaigns',
      element: <RequireRoles roles={MEMBER_CAMPAIGN_ROLES} what="Campaigns" />,
      children: [
        {
          index: true,
          lazy: lazyPage(
            () => import('./campaigns/CampaignsPage.tsx'),
            (m) => m.CampaignsPage,
          ),
        },
        {
          path: 'new',
          lazy: lazyPage(
            () => import('./campaigns/NewCampaignPage.tsx'),
            (m) => m.NewCampaignPage,
          ),
        },
        {
          path: ':campaignId',
          lazy: lazyPage(
            () => import('./campaigns/CampaignPage.tsx'),
            (m) => m.CampaignPage,
          ),
        },
      ],
    },
    {
      path: ':id',
      lazy: lazyPage(
        () => import('./MemberPage.tsx'),
        (m) => m.MemberPage,
      ),
    },
  ],
};
