import { definePolicy } from '../../core/policy.ts';

export const auditPolicy = definePolicy({
  'audit.view': ['admin'],
});
