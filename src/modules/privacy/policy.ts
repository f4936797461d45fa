import { definePolicy } from '../../core/policy.ts';

export const privacyPolicy = definePolicy({
  /** Anyone signed in may download what Hearth holds about them, and erase it. */
  own: ['admin', 'manager', 'agent', 'moderator', 'staff', 'member'],
  /** A person's data on their request by email or phone, or their erasure: admins only. */
  others: ['admin'],
});
