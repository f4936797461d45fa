import type { AppContext } from '../context.ts';
import type { ErrorCatalogue } from '../core/errors.ts';
import type { JobDefinition } from '../jobs/index.ts';
import type { HearthApp } from './types.ts';

/** What a capability module hands to the composition root: its routes, errors and jobs. */
export interface HearthModule {
  name: string;
  errors: ErrorCatalogue[];
  routes?(app: HearthApp, ctx: AppContext): void;
  jobs?(ctx: AppContext): JobDefinition[];
}
