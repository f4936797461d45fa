import type { Role } from '../api/types.ts';

export const ROLES: readonly Role[] = ['admin', 'manager', 'agent', 'moderator', 'staff', 'member', 'guest'];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Community manager',
  agent: 'Agent',
  moderator: 'Moderator',
  staff: 'Staff',
  member: 'Member',
  guest: 'Guest',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A display label for a role, also for role strings this client does not know yet. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role.charAt(0).toUpperCase() + role.slice(1);
}
