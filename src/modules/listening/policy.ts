import { definePolicy } from '../../core/policy.ts';
import type { Role } from '../../core/roles.ts';

/** People who follow what is said about the brand: the inbox's people. */
export const listeningRoles: readonly Role[] = ['admin', 'manager', 'agent'];

export const listeningPolicy = definePolicy({
  /** The stream, items, alerts and reports. */
  read: listeningRoles,
  /** Acknowledge an alert. */
  triage: listeningRoles,
  /** Sources, watch rules, listening settings, imports. */
  configure: ['admin', 'manager'],
  /** Open a crisis room, add people, write notes and draft statements. */
  runCrisis: listeningRoles,
  /** What the organisation says in public: approve and publish holding statements, close a crisis. */
  approve: ['admin', 'manager'],
});
