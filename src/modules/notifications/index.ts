import type { HearthModule } from '../../http/module.ts';
import { notificationErrors } from './errors.ts';
import { notificationRoutes } from './routes.ts';
import { notificationJobs } from './use-cases/emails.ts';
import { notificationPrivacy } from './privacy.ts';

export { notify, type NotificationDraft } from './use-cases/notify.ts';
export { sendDigest, unsubscribeToken } from './use-cases/emails.ts';
export { turnEmailOff } from './use-cases/preferences.ts';

export const notificationsModule: HearthModule = {
  name: 'notifications',
  privacy: notificationPrivacy,
  errors: [notificationErrors],
  jobs: notificationJobs,
  routes: notificationRoutes,
};
