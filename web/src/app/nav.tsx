import type { ReactNode } from 'react';
import { staffRoles } from '../../../src/core/roles.ts';
import type { Role, Space } from '../api/types.ts';
import {
  AdminIcon,
  CommunityIcon,
  FlagIcon,
  ListeningIcon,
  MembersIcon,
  MessagesIcon,
  QuestionIcon,
  ReportsIcon,
} from '../components/Icons.tsx';
import { InboxNavIcon } from '../pages/inbox/InboxNavIcon.tsx';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Roles that see the item; all roles when absent. */
  roles?: readonly Role[];
}

export const PRIMARY_NAV: readonly NavItem[] = [
  // The icon carries the count of open conversations assigned to the agent.
  { to: '/inbox', label: 'Inbox', icon: <InboxNavIcon /> },
  { to: '/community', label: 'Community', icon: <CommunityIcon /> },
  { to: '/messages', label: 'Messages', icon: <MessagesIcon /> },
  { to: '/listening', label: 'Listening', icon: <ListeningIcon />, roles: ['admin', 'manager', 'agent'] },
  { to: '/members', label: 'Members', icon: <MembersIcon /> },
  { to: '/reports', label: 'Reports', icon: <ReportsIcon />, roles: ['admin', 'manager'] },
  { to: '/admin', label: 'Admin', icon: <AdminIcon />, roles: ['admin'] },
];

export const ADMIN_NAV: readonly { to: string; label: string }[] = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/groups', label: 'Groups' },
  { to: '/admin/spaces', label: 'Spaces' },
  { to: '/admin/settings', label: 'Settings' },
  { to: '/admin/invitations', label: 'Invitations' },
  { to: '/admin/stores', label: 'Stores' },
  { to: '/admin/jobs', label: 'Jobs' },
  { to: '/admin/audit', label: 'Audit log' },
];

export function visibleNav(role: Role): NavItem[] {
  return PRIMARY_NAV.filter((item) => !item.roles || item.roles.includes(role));
}

/** Roles that moderate every space (the server's site moderators). */
const siteModerators: readonly Role[] = ['admin', 'manager', 'moderator'];

export interface StaffNavItem extends NavItem {
  roles: readonly Role[];
  /** Also shown to the moderators of a space (of this kind, when named), whatever their role. */
  spaceModerators: { kind?: Space['kind'] };
}

/** The staff queues, shown under their own heading to the people the server lets use them. */
export const STAFF_NAV: readonly StaffNavItem[] = [
  {
    to: '/staff/moderation',
    label: 'Moderation',
    icon: <FlagIcon />,
    roles: siteModerators,
    spaceModerators: {},
  },
  {
    to: '/staff/unanswered',
    label: 'Unanswered',
    icon: <QuestionIcon />,
    roles: staffRoles,
    spaceModerators: { kind: 'questions' },
  },
];

/** Whether some staff entry depends on the spaces a person moderates (not only on their role). */
export function staffNavNeedsSpaces(role: Role): boolean {
  return STAFF_NAV.some((item) => !item.roles.includes(role));
}

/** The staff entries for this role, plus those earned by moderating a space (`moderated`). */
export function visibleStaffNav(role: Role, moderated: readonly Pick<Space, 'kind'>[]): StaffNavItem[] {
  return STAFF_NAV.filter(
    (item) =>
      item.roles.includes(role) ||
      moderated.some((space) => !item.spaceModerators.kind || space.kind === item.spaceModerators.kind),
  );
}
