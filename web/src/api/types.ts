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

// ---------------------------------------------------------------------------------------------
// Forum (threads, posts, search). Mirrors src/modules/forum/schemas.ts.

/** Live events of the forum; merged into LiveEventMap above. */
export interface LiveEventMap {
  'forum.thread_changed': { threadId: string; spaceId: string | null };
}

export interface ForumAuthor {
  id: string;
  name: string;
  handle: string;
  role: Role;
  staff: boolean;
}

export interface SpaceRef {
  id: string;
  slug: string;
  name: string;
  kind: SpaceKind;
}

export type ThreadVisibility = 'public' | 'private' | 'direct';

export interface ThreadSummary {
  id: string;
  title: string;
  space: SpaceRef | null;
  visibility: ThreadVisibility;
  author: ForumAuthor | null;
  /** Who posted last (null where the content is hidden from the reader). */
  lastPoster: ForumAuthor | null;
  excerpt: string;
  createdAt: IsoDateTime;
  lastPostedAt: IsoDateTime;
  replyCount: number;
  pinned: boolean;
  locked: boolean;
  closed: boolean;
  takenPrivate: boolean;
  acknowledgedAt: IsoDateTime | null;
  solved: boolean;
  solvedByCommunity: boolean;
}

export interface Thread extends ThreadSummary {
  version: number;
  acceptedPostId: string | null;
  privateNote: string | null;
  participants: ForumAuthor[];
  can: { reply: boolean; moderate: boolean; accept: boolean; actAsStaff: boolean; seeHistory: boolean };
}

export interface Post {
  id: string;
  number: number;
  kind: 'post' | 'note';
  author: ForumAuthor | null;
  /** Sanitised by the server. */
  html: string;
  /** The Markdown source, for editing and quoting: signed-in readers only (null for visitors). */
  markdown: string | null;
  createdAt: IsoDateTime;
  editedAt: IsoDateTime | null;
  editCount: number;
  official: boolean;
  accepted: boolean;
  helpfulCount: number;
  helpfulByMe: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  can: {
    edit: boolean;
    flag: boolean;
    accept: boolean;
    helpful: boolean;
    moderate: boolean;
    markOfficial: boolean;
  };
}

export interface ThreadPage {
  thread: Thread;
  posts: Post[];
  acceptedAnswer: Post | null;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface PostRevision {
  editor: ForumAuthor | null;
  bodyMarkdown: string;
  title: string | null;
  reason: string | null;
  createdAt: IsoDateTime;
}

export interface SearchHit {
  thread: ThreadSummary;
  postNumber: number;
  /** Escaped by the server; only <mark> elements inside. */
  highlight: string;
  rank: number;
}

export interface SimilarThread {
  id: string;
  title: string;
  space: SpaceRef | null;
  solved: boolean;
  replyCount: number;
  score: number;
}

export interface PersonProfile {
  person: ForumAuthor;
  joinedAt: IsoDateTime;
  postCount: number;
  solutionCount: number;
  recentThreads: ThreadSummary[];
}

export type FlagReason = 'spam' | 'abuse' | 'off_topic' | 'other';

export interface ForumSearchFilters {
  q: string;
  space: string;
  author: string;
  solved: '' | 'true' | 'false';
}

// ---------------------------------------------------------------------------------------------
// Notifications, direct messages, staff queues, space administration and community settings.

/** More live events (merged into the map above). */
export interface LiveEventMap {
  'notifications.changed': Record<string, never>;
  'forum.flags_changed': { postId: string };
}

/**
 * Who a space admits: 'anyone' (visitors who are not signed in too), a role name, or a group as
 * `group:<group id>`. The server sends plain strings: a list may name a group that is gone.
 */
export type SpaceAudience = string;

/** A space as GET /api/spaces describes it, with its audiences (what the admin pages edit). */
export interface AdminSpace extends Space {
  readRoles: SpaceAudience[];
  postRoles: SpaceAudience[];
  replyRoles: SpaceAudience[];
}

export interface SpaceInput {
  name: string;
  slug: string;
  description: string;
  kind: SpaceKind;
  readRoles: SpaceAudience[];
  postRoles: SpaceAudience[];
  replyRoles: SpaceAudience[];
}

/** Forum kinds lead to a thread; inbox kinds (assigned onwards) carry a `link`. */
export type NotificationKind =
  | 'reply'
  | 'mention'
  | 'accepted'
  | 'message'
  | 'assigned'
  | 'sla_alert'
  | 'note_mention'
  | 'rating'
  | 'listening_alert'
  | 'idea_status'
  | 'idea_shipped'
  | 'idea_merged';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  actor: { id: string; name: string; handle: string } | null;
  threadId: string | null;
  postId: string | null;
  /** A path on this site to open instead of the thread (`/inbox/c/…`, `/rate/…`); null: the thread. */
  link: string | null;
  title: string;
  createdAt: IsoDateTime;
  read: boolean;
}

export interface NotificationPage extends CursorPage<NotificationItem> {
  unread: number;
}

export type EmailMode = 'instant' | 'digest' | 'off';

export interface NotificationPreferences {
  email: EmailMode;
  kinds: Record<NotificationKind, { inApp: boolean; email: boolean }>;
}

export interface ModerationItem {
  thread: ThreadSummary;
  post: Post;
  flags: {
    id: string;
    reason: FlagReason;
    note: string;
    flagger: ForumAuthor | null;
    createdAt: IsoDateTime;
  }[];
}

export type ReviewAction = 'hide' | 'unhide' | 'dismiss';

export interface UnansweredQuestion extends ThreadSummary {
  waiting: 'no_reply' | 'no_accepted_answer';
}

export interface UnansweredQueue {
  afterHours: number;
  items: UnansweredQuestion[];
}

export type DirectMessageMode = 'everyone' | 'members_to_staff' | 'staff_only';

export interface CommunitySettings {
  directMessages: DirectMessageMode;
  autoHideFlagCount: number;
  unansweredAfterHours: number;
  sandboxDays: number;
  sandboxMaxLinks: number;
  sandboxMaxMentions: number;
  sandboxPostsPerHour: number;
}

export interface AdminSettings {
  signupMode: SignupMode;
  community: CommunitySettings;
}

// ---------------------------------------------------------------------------------------------
// Groups: named sets of people that spaces can admit next to roles (Admin › Groups).

/** More live events (merged into the map above). */
export interface LiveEventMap {
  'groups.changed': { groupId?: string };
}

export interface Group {
  id: string;
  slug: string;
  name: string;
  description: string;
  memberCount: number;
}

export interface GroupInput {
  name: string;
  slug: string;
  description: string;
}

export interface GroupMember {
  id: string;
  name: string;
  handle: string;
  /** A role name (RoleBadge shows ones this client does not know yet too). */
  role: string;
}
