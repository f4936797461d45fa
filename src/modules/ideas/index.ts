import type { HearthModule } from '../../http/module.ts';
import { ideaErrors } from './errors.ts';
import { ideaRoutes } from './routes/ideas.ts';
import { ideaPrivacy } from './privacy.ts';

export { submitIdea } from './use-cases/submit-idea.ts';
export { voteForIdea } from './use-cases/vote.ts';
export { listIdeas } from './use-cases/list-ideas.ts';
export { setIdeaStatus } from './use-cases/set-status.ts';
export { mergeIdeas } from './use-cases/merge-ideas.ts';
export { captureIdea } from './use-cases/capture.ts';
export { configureBoard } from './use-cases/board-settings.ts';
export { commentOnIdea } from './use-cases/comment.ts';
export { ideaPolicy } from './policy.ts';
export { ideaStatuses, statusLabels, type IdeaStatus } from './statuses.ts';

/** Ideas (A4): members suggest, vote and follow; staff set statuses, answer officially, merge and capture. */
export const ideasModule: HearthModule = {
  name: 'ideas',
  privacy: ideaPrivacy,
  errors: [ideaErrors],
  routes: (app, ctx) => ideaRoutes(app, ctx),
};
