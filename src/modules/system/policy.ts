import { definePolicy } from '../../core/policy.ts';

export const systemPolicy = definePolicy({
  'settings.manage': ['admin'],
  'jobs.manage': ['admin'],
});
