import { definePolicy } from '../../core/policy.ts';

export const memberPolicy = definePolicy({
  /** Profiles, identities and timelines: the people who answer and look after members. */
  read: ['admin', 'manager', 'agent', 'moderator'],
  /** Merging two members into one, and undoing it. */
  merge: ['admin', 'manager', 'agent'],
});
