/** Everyone's role, from most to least trusted. What each may do is decided by module policies. */
export const roles = ['admin', 'manager', 'agent', 'moderator', 'staff', 'member', 'guest'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  manager: 'Community manager',
  agent: 'Agent',
  moderator: 'Moderator',
  staff: 'Staff',
  member: 'Member',
  guest: 'Guest',
};

/** People who speak for the organisation and carry a staff badge. */
export const staffRoles: readonly Role[] = ['admin', 'manager', 'agent', 'moderator', 'staff'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
