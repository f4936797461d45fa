import { definePolicy } from '../../core/policy.ts';

export const memberPolicy = definePolicy({
  /** Profiles, identities and timelines: the people who answer and look after members. */
  read: ['admin', 'manager', 'agent', 'moderator'],
  /** Notes on a member. */
  annotate: ['admin', 'manager', 'agent', 'moderator'],
  /** Tags on members and shared segments. */
  organise: ['admin', 'manager', 'agent'],
  /** Merging two members into one, and undoing it. */
  merge: ['admin', 'manager', 'agent'],
});
