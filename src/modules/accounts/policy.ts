import { definePolicy } from '../../core/policy.ts';
import { roles } from '../../core/roles.ts';

const signedIn = roles;
const participants = roles.filter((role) => role !== 'guest');

export const accountPolicy = definePolicy({
  /** Own profile, password and sessions. */
  'account.manage': signedIn,
  /** Personal API tokens: guests are read-only visitors and get none. */
  'tokens.manage': participants,
  'users.list': ['admin'],
  'users.changeRole': ['admin'],
  'users.suspend': ['admin'],
  'invitations.manage': ['admin', 'manager'],
  /** Groups decide who reads restricted spaces: admins and community managers keep them. */
  'groups.manage': ['admin', 'manager'],
});

export type AccountAction = keyof typeof accountPolicy.rules;
