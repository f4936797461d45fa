// DTOs of the Hearth HTTP API. Keep in sync with the server's contract.

import type { Role } from '../../../src/core/roles.ts';

export type { Role };
export type UserStatus = 'active' | 'suspended';
export type SignupMode = 'open' | 'invite';
export type TokenScope = 'read' | 'write';

/** An ISO 8601 timestamp. */
export type IsoDateTime = string;

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export interface Site {
  name: string;
  signupMode: SignupMode;
  demo: boolean;
  demoLogins: DemoLogin[];
}

export interface Me {
  id: string;
  email: string;
  name: string;
  handle: string;
  role: Role;
  status: UserStatus;
  emailVerified: boolean;
  createdAt: IsoDateTime;
}

export interface Session {
  id: string;
  createdAt: IsoDateTime;
  lastSeenAt: IsoDateTime;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  scope: TokenScope;
  prefix: string;
  createdAt: IsoDateTime;
  lastUsedAt: IsoDateTime | null;
}

export interface AdminUser extends Me {
  suspendedReason: string | null;
  lastSeenAt: IsoDateTime | null;
}

export interface UserRef {
  id: string;
  name: string;
}

export interface Invitation {
  id: string;
  email: string | null;
  createdAt: IsoDateTime;
  expiresAt: IsoDateTime;
  usedAt: IsoDateTime | null;
  revokedAt: IsoDateTime | null;
  createdBy: UserRef;
}

export interface Job {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  createdOn: IsoDateTime;
  completedOn: IsoDateTime | null;
  lastError: string | null;
}

export interface AuditEvent {
  id: number;
  at: IsoDateTime;
  actor: UserRef | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  reason: string | null;
}

export interface Items<T> {
  items: T[];
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ApiErrorField {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields?: ApiErrorField[];
  };
}

/** Server-sent events on GET /api/events, by event type. */
export interface LiveEventMap {
  hello: Record<string, never>;
  'users.changed': { userId: string };
  'spaces.changed': { spaceId: string | null };
}

export type SpaceKind = 'discussion' | 'questions' | 'ideas' | 'complaints' | 'announcements';

export interface Space {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: SpaceKind;
  position: number;
  archived: boolean;
  moderatorIds: string[];
  can: { post: boolean; reply: boolean; moderate: boolean };
}

export type LiveEventType = keyof LiveEventMap;
