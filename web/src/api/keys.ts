// Query keys, in one place so invalidation stays consistent.
import type { Role, UserStatus } from './types.ts';

export interface AdminUserFilters {
  q: string;
  role: Role | '';
  status: UserStatus | '';
}

export const queryKeys = {
  site: ['site'] as const,
  me: ['me'] as const,
  sessions: ['account', 'sessions'] as const,
  tokens: ['account', 'tokens'] as const,
  verifyEmail: (token: string) => ['verify-email', token] as const,
  admin: ['admin'] as const,
  adminUsers: ['admin', 'users'] as const,
  adminUserList: (filters: AdminUserFilters) => ['admin', 'users', filters] as const,
  adminSettings: ['admin', 'settings'] as const,
  invitations: ['admin', 'invitations'] as const,
  failedJobs: ['admin', 'jobs', 'failed'] as const,
  audit: ['admin', 'audit'] as const,
  spaces: ['spaces'] as const,
};
