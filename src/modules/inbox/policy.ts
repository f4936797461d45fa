import { definePolicy } from '../../core/policy.ts';
import type { Role } from '../../core/roles.ts';

/** People who answer conversations. Moderators and staff work the community, not the inbox. */
export const inboxRoles: readonly Role[] = ['admin', 'manager', 'agent'];

export const inboxPolicy = definePolicy({
  work: inboxRoles,
  /** Teams, rules, SLA policies, channels, the rota, shared saved replies. */
  configure: ['admin', 'manager'],
  reports: ['admin', 'manager'],
  /** Inbound mail Hearth could not read may hold anything: admins only. */
  readRawMail: ['admin'],
});
