import type { HearthModule } from '../../http/module.ts';
import { systemErrors } from './errors.ts';
import { systemRoutes } from './routes.ts';

export { readSignupMode, readCommunitySettings, initSiteSettings } from './use-cases/settings.ts';
export { demoLogins, demoPassword } from './demo-logins.ts';
export type { SignupMode, CommunitySettings } from './schemas.ts';

export const systemModule: HearthModule = {
  name: 'system',
  errors: [systemErrors],
  routes: systemRoutes,
};
