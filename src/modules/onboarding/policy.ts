import { definePolicy } from '../../core/policy.ts';

export const onboardingPolicy = definePolicy({
  /** Stores hold signing secrets and create members: admins only. */
  'stores.manage': ['admin'],
});
