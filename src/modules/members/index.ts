import type { HearthModule } from '../../http/module.ts';
import { memberErrors } from './errors.ts';
import { subscribeToFacts } from './facts.ts';
import { mentionJobs } from './mentions.ts';
import { memberRoutes } from './routes/members.ts';

export { recordActivities, type ActivityInput } from './use-cases/record-activities.ts';
export { resolveMembers, type PersonInput } from './use-cases/resolve-members.ts';
export { memberPolicy } from './policy.ts';

/** Members: one profile per person across every channel, with a timeline of what they did. */
export const membersModule: HearthModule = {
  name: 'members',
  errors: [memberErrors],
  subscribe: (ctx) => subscribeToFacts(ctx),
  jobs: (ctx) => mentionJobs(ctx),
  routes: (app, ctx) => memberRoutes(app, ctx),
};
