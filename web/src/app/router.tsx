import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage.tsx';
import { AdminLayout } from '../pages/admin/AdminLayout.tsx';
import { AuditPage } from '../pages/admin/AuditPage.tsx';
import { InvitationsPage } from '../pages/admin/InvitationsPage.tsx';
import { JobsPage } from '../pages/admin/JobsPage.tsx';
import { SettingsPage } from '../pages/admin/SettingsPage.tsx';
import { SpacesPage } from '../pages/admin/SpacesPage.tsx';
import { UsersPage } from '../pages/admin/UsersPage.tsx';
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
import { InboxPage, ListeningPage, MembersPage, ReportsPage } from '../pages/sections/SectionPages.tsx';
import { ModerationPage } from '../pages/staff/ModerationPage.tsx';
import { UnansweredPage } from '../pages/staff/UnansweredPage.tsx';
import { AppShell } from './AppShell.tsx';
import { RequireAdmin, RequireAuth } from './guards.tsx';
import { NotFound } from './StatusPages.tsx';

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
        { path: '/listening', element: <ListeningPage /> },
        { path: '/members', element: <MembersPage /> },
        { path: '/reports', element: <ReportsPage /> },
        { path: '/account', element: <AccountPage /> },
        { path: '/notifications', element: <NotificationsPage /> },
        { path: '/messages', element: <MessagesPage /> },
        { path: '/staff/moderation', element: <ModerationPage /> },
        { path: '/staff/unanswered', element: <UnansweredPage /> },
        {
          path: '/admin',
          element: <RequireAdmin />,
          children: [
            {
              element: <AdminLayout />,
              children: [
                { index: true, element: <Navigate to="/admin/users" replace /> },
                { path: 'users', element: <UsersPage /> },
                { path: 'spaces', element: <SpacesPage /> },
                { path: 'settings', element: <SettingsPage /> },
                { path: 'invitations', element: <InvitationsPage /> },
                { path: 'jobs', element: <JobsPage /> },
                { path: 'audit', element: <AuditPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
