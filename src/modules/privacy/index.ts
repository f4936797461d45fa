import type { HearthModule } from '../../http/module.ts';
import { privacyErrors } from './errors.ts';
import { privacyRoutes } from './routes.ts';

/**
 * Data export and erasure (H4): asks every module for what it holds about a person. The module list
 * is passed in (as a function: this module is in it), so no module has to know the others.
 */
export function privacyModule(modules: () => readonly HearthModule[]): HearthModule {
  const parts = () =>
    modules().flatMap((module) => (module.privacy ? [{ name: module.name, part: module.privacy }] : []));
  return {
    name: 'privacy',
    errors: [privacyErrors],
    routes: (app, ctx) => privacyRoutes(app, ctx, parts),
  };
}
