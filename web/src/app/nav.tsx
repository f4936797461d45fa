import type { ReactNode } from 'react';
import type { Role } from '../api/types.ts';
import {
  AdminIcon,
  CommunityIcon,
  InboxIcon,
  ListeningIcon,
  MembersIcon,
  ReportsIcon,
} from '../components/Icons.tsx';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Roles that see the item; all roles when absent. */
  roles?: readonly Role[];
}

export const PRIMARY_NAV: readonly NavItem[] = [
  { to: '/inbox', label: 'Inbox', icon: <InboxIcon /> },
  { to: '/community', label: 'Community', icon: <CommunityIcon /> },
  { to: '/listening', label: 'Listening', icon: <ListeningIcon /> },
  { to: '/members', label: 'Members', icon: <MembersIcon /> },
  { to: '/reports', label: 'Reports', icon: <ReportsIcon /> },
  { to: '/admin', label: 'Admin', icon: <AdminIcon />, roles: ['admin'] },
];

export const ADMIN_NAV: readonly { to: string; label: string }[] = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/settings', label: 'Settings' },
  { to: '/admin/invitations', label: 'Invitations' },
  { to: '/admin/jobs', label: 'Jobs' },
  { to: '/admin/audit', label: 'Audit log' },
];

export function visibleNav(role: Role): NavItem[] {
  return PRIMARY_NAV.filter((item) => !item.roles || item.roles.includes(role));
}
