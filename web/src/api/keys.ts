// Query keys, in one place so invalidation stays consistent.
import type { ForumSearchFilters, Role, UserStatus } from './types.ts';

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
  space: (slug: string) => ['spaces', slug] as const,
  forum: ['forum'] as const,
  forumThreadLists: ['forum', 'threads'] as const,
  forumThreadList: (slug: string, state: string) => ['forum', 'threads', slug, state] as const,
  forumThread: (id: string) => ['forum', 'thread', id] as const,
  forumThreadPage: (id: string, page: number) => ['forum', 'thread', id, page] as const,
  forumRevisions: (postId: string) => ['forum', 'revisions', postId] as const,
  forumSearch: (filters: ForumSearchFilters) => ['forum', 'search', filters] as const,
  forumSimilar: (title: string, space: string) => ['forum', 'similar', title, space] as const,
  person: (handle: string) => ['forum', 'person', handle] as const,
  notifications: ['notifications'] as const,
  notificationsUnread: ['notifications', 'unread'] as const,
  notificationList: ['notifications', 'list'] as const,
  notificationPreferences: ['notifications', 'preferences'] as const,
  directMessages: ['messages'] as const,
  moderationQueue: ['staff', 'moderation'] as const,
  unansweredQueue: ['staff', 'unanswered'] as const,
  adminUsersByIds: (ids: readonly string[]) => ['admin', 'users', 'by-id', ...ids] as const,
  adminUserSearch: (q: string) => ['admin', 'users', 'search', q] as const,
  groups: ['admin', 'groups'] as const,
  groupList: ['admin', 'groups', 'list'] as const,
  groupMembers: (id: string) => ['admin', 'groups', 'members', id] as const,
};
