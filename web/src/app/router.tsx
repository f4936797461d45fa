import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage.tsx';
import { AuthLayout } from '../pages/auth/AuthLayout.tsx';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../pages/auth/SignInPage.tsx';
import { SignUpPage } from '../pages/auth/SignUpPage.tsx';
import { VerifyEmailPage } from '../pages/auth/VerifyEmailPage.tsx';
import { CommunityFrame } from '../pages/community/CommunityFrame.tsx';
import { CommunityPage } from '../pages/community/CommunityPage.tsx';
import { NewThreadPage } from '../pages/community/NewThreadPage.tsx';
import { PersonPage } from '../pages/community/PersonPage.tsx';
import { SearchPage } from '../pages/community/SearchPage.tsx';
import { SpacePage } from '../pages/community/SpacePage.tsx';
import { ThreadPage } from '../pages/community/ThreadPage.tsx';
import { MessagesPage } from '../pages/messages/MessagesPage.tsx';
import { NotificationsPage } from '../pages/notifications/NotificationsPage.tsx';
import { UnsubscribePage } from '../pages/notifications/UnsubscribePage.tsx';
import { InboxPage } from '../pages/inbox/InboxPage.tsx';
import { inboxSettingsRoutes } from '../pages/inbox-admin/routes.tsx';
import { reportsRoute } from '../pages/reports/routes.tsx';
import { listeningRoutes } from '../pages/listening/routes.tsx';
import { membersRoute } from '../pages/members/routes.tsx';
import { RatePage } from '../pages/support/RatePage.tsx';
import { SupportPage } from '../pages/support/SupportPage.tsx';
import { AppShell } from './AppShell.tsx';
import { RequireAdmin, RequireAuth } from './guards.tsx';
import { NotFound } from './StatusPages.tsx';

// Admin and staff pages (few people use them) load on first visit, keeping the main bundle small.
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AuthLayout />,
      children: [
        { path: '/signin', element: <SignInPage /> },
        { path: '/signup', element: <SignUpPage /> },
        { path: '/forgot-password', element: <ForgotPasswordPage /> },
        { path: '/reset-password', element: <ResetPasswordPage /> },
        { path: '/verify-email', element: <VerifyEmailPage /> },
        { path: '/unsubscribe', element: <UnsubscribePage /> },
        // The link in campaign and review emails: the signed link is the credential, no sign-in.
        {
          path: '/stop-messages',
          lazy: () =>
            import('../pages/members/StopMessagesPage.tsx').then((m) => ({ Component: m.StopMessagesPage })),
        },
        // The link in a rating request: the token is the credential, no sign-in.
        { path: '/rate/:token', element: <RatePage /> },
      ],
    },
    {
      // The community: readable by signed-out visitors too (the pages ask to sign in to write).
      element: <CommunityFrame />,
      children: [
        { path: '/community', element: <CommunityPage /> },
        { path: '/c/:slug', element: <SpacePage /> },
        { path: '/c/:slug/new', element: <NewThreadPage /> },
        { path: '/t/:id', element: <ThreadPage /> },
        { path: '/search', element: <SearchPage /> },
        { path: '/people/:handle', element: <PersonPage /> },
        { path: '/support', element: <SupportPage /> },
        {
          path: '/ideas/:id',
          lazy: () => import('../pages/ideas/IdeaPage.tsx').then((m) => ({ Component: m.IdeaPage })),
        },
      ],
    },
    {
      element: (
        <RequireAuth>
          <AppShell />
        </RequireAuth>
      ),
      children: [
        { path: '/', element: <Navigate to="/inbox" replace /> },
        { path: '/inbox', element: <InboxPage /> },
        {
          path: '/inbox/c/:id',
          lazy: () =>
            import('../pages/inbox/ConversationPage.tsx').then((m) => ({ Component: m.ConversationPage })),
        },
        ...listeningRoutes,
        membersRoute,
        reportsRoute,
        ...inboxSettingsRoutes,
        { path: '/account', element: <AccountPage /> },
        { path: '/notifications', element: <NotificationsPage /> },
        { path: '/messages', element: <MessagesPage /> },
        {
          path: '/staff/moderation',
          lazy: () =>
            import('../pages/staff/ModerationPage.tsx').then((m) => ({ Component: m.ModerationPage })),
        },
        {
          path: '/staff/unanswered',
          lazy: () =>
            import('../pages/staff/UnansweredPage.tsx').then((m) => ({ Component: m.UnansweredPage })),
        },
        {
          path: '/admin',
          element: <RequireAdmin />,
          children: [
            {
              lazy: () =>
                import('../pages/admin/AdminLayout.tsx').then((m) => ({ Component: m.AdminLayout })),
              children: [
                { index: true, element: <Navigate to="/admin/users" replace /> },
                {
                  path: 'users',
                  lazy: () =>
                    import('../pages/admin/UsersPage.tsx').then((m) => ({ Component: m.UsersPage })),
                },
                {
                  path: 'groups',
                  lazy: () =>
                    import('../pages/admin/GroupsPage.tsx').then((m) => ({ Component: m.GroupsPage })),
                },
                {
                  path: 'spaces',
                  lazy: () =>
                    import('../pages/admin/SpacesPage.tsx').then((m) => ({ Component: m.SpacesPage })),
                },
                {
                  path: 'settings',
                  lazy: () =>
                    import('../pages/admin/SettingsPage.tsx').then((m) => ({ Component: m.SettingsPage })),
                },
                {
                  path: 'invitations',
                  lazy: () =>
                    import('../pages/admin/InvitationsPage.tsx').then((m) => ({
                      Component: m.InvitationsPage,
                    })),
                },
                {
                  path: 'stores',
                  lazy: () =>
                    import('../pages/admin/StoresPage.tsx').then((m) => ({ Component: m.StoresPage })),
                },
                {
                  path: 'jobs',
                  lazy: () => import('../pages/admin/JobsPage.tsx').then((m) => ({ Component: m.JobsPage })),
                },
                {
                  path: 'audit',
                  lazy: () =>
                    import('../pages/admin/AuditPage.tsx').then((m) => ({ Component: m.AuditPage })),
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
