import type { HearthModule } from '../../http/module.ts';
import { onboardingErrors } from './errors.ts';

/** Onboarding (A11): purchasers reported by a store are registered, welcomed and marked verified. */
export const onboardingModule: HearthModule = {
  name: 'onboarding',
  errors: [onboardingErrors],
};
