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
  /** Greeting a newcomer, reaching out to an advocate: one person at a time. */
  message: ['admin', 'manager', 'agent'],
  /** Messaging everyone in a segment at once. */
  campaign: ['admin', 'manager'],
});
