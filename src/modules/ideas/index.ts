import type { HearthModule } from '../../http/module.ts';
import { ideaErrors } from './errors.ts';

/** Ideas (A4): members suggest, vote and follow; staff set statuses, answer officially and merge. */
export const ideasModule: HearthModule = {
  name: 'ideas',
  errors: [ideaErrors],
};
