import type { HearthModule } from '../../http/module.ts';
import { onboardingErrors } from './errors.ts';
import { orderRoutes } from './routes/orders.ts';
import { storeRoutes } from './routes/stores.ts';
import { onboardingPrivacy } from './privacy.ts';

export { onboardingPolicy } from './policy.ts';
export { createStore } from './use-cases/manage-stores.ts';
export { recordOrder } from './use-cases/receive-order.ts';
export { findStore, findStoreByName } from './queries/stores.ts';
export type { OrderInput, OrderOutcome, StoreDto } from './schemas.ts';

/** Onboarding (A11): purchasers reported by a store are registered, welcomed and marked verified. */
export const onboardingModule: HearthModule = {
  name: 'onboarding',
  privacy: onboardingPrivacy,
  errors: [onboardingErrors],
  routes(app, ctx) {
    storeRoutes(app, ctx);
    orderRoutes(app, ctx);
  },
};
