import type { Role } from '../../core/roles.ts';
import type { users, sessions, apiTokens } from './tables.ts';

type UserRow = typeof users.$inferSelect;

export interface MeDto {
  id: string;
  email: string;
  name: string;
  handle: string;
  role: Role;
  status: 'active' | 'suspended';
  emailVerified: boolean;
  createdAt: string;
}

export interface AdminUserDto extends MeDto {
  suspendedReason: string | null;
  lastSeenAt: string | null;
}

export function toMe(user: UserRow): MeDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    handle: user.handle,
    role: user.role as Role,
    status: user.status as MeDto['status'],
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toAdminUser(user: UserRow): AdminUserDto {
  return {
    ...toMe(user),
    suspendedReason: user.suspendedReason,
    lastSeenAt: user.lastSeenAt?.toISOString() ?? null,
  };
}

export function toSession(session: typeof sessions.$inferSelect, currentId: string | null) {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    ip: session.ip,
    userAgent: session.userAgent,
    current: session.id === currentId,
  };
}

export function toApiToken(token: typeof apiTokens.$inferSelect) {
  return {
    id: token.id,
    name: token.name,
    scope: token.scope as 'read' | 'write',
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  };
}
