import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage.tsx';
import { AdminLayout } from '../pages/admin/AdminLayout.tsx';
import { AuditPage } from '../pages/admin/AuditPage.tsx';
import { InvitationsPage } from '../pages/admin/InvitationsPage.tsx';
import { JobsPage } from '../pages/admin/JobsPage.tsx';
import { SettingsPage } from '../pages/admin/SettingsPage.tsx';
import { UsersPage } from '../pages/admin/UsersPage.tsx';
import { AuthLayout } from '../pages/auth/AuthLayout.tsx';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../pages/auth/SignInPage.tsx';
import { SignUpPage } from '../pages/auth/SignUpPage.tsx';
import { VerifyEmailPage } from '../pages/auth/VerifyEmailPage.tsx';
import { CommunityPage } from '../pages/community/CommunityPage.tsx';
import { InboxPage, ListeningPage, MembersPage, ReportsPage } from '../pages/sections/SectionPages.tsx';
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
        { path: '/community', element: <CommunityPage /> },
        { path: '/listening', element: <ListeningPage /> },
        { path: '/members', element: <MembersPage /> },
        { path: '/reports', element: <ReportsPage /> },
        { path: '/account', element: <AccountPage /> },
        {
          path: '/admin',
          element: <RequireAdmin />,
          children: [
            {
              element: <AdminLayout />,
              children: [
                { index: true, element: <Navigate to="/admin/users" replace /> },
                { path: 'users', element: <UsersPage /> },
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
