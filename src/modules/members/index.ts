import type { HearthModule } from '../../http/module.ts';
import { memberErrors } from './errors.ts';
import { subscribeToFacts } from './facts.ts';
import { mentionJobs } from './mentions.ts';
import { startLifecycleSweep } from './lifecycle-sweep.ts';
import { memberPrivacy } from './privacy.ts';
import { memberRoutes } from './routes/members.ts';

export { forgetActivity, recordActivities, type ActivityInput } from './use-cases/record-activities.ts';
export { resolveMembers, type PersonInput } from './use-cases/resolve-members.ts';
export { contactPerson } from './accounts.ts';
export { memberPolicy } from './policy.ts';
export { recordPurchase, memberWeights, idsInSegment, type MemberWeight } from './use-cases/purchases.ts';
export { recomputeAllLifecycles } from './use-cases/lifecycle.ts';
export { privacySubject } from './privacy.ts';

/** Members: one profile per person across every channel, with a timeline of what they did. */
export const membersModule: HearthModule = {
  name: 'members',
  errors: [memberErrors],
  subscribe: (ctx) => subscribeToFacts(ctx),
  jobs: (ctx) => mentionJobs(ctx),
  routes: (app, ctx) => memberRoutes(app, ctx),
  privacy: memberPrivacy,
  start: (ctx, log) => startLifecycleSweep(ctx, log, { firstAfterMs: 120_000, everyMs: 6 * 3_600_000 }),
};
