import { defineErrors } from '../../core/errors.ts';

export const onboardingErrors = defineErrors({});

export const fail = onboardingErrors.raise;
