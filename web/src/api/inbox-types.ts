// The inbox's shapes, mirroring src/modules/inbox/schemas.ts (conversations, saved views, the
// agent's own state) and the agent-readable parts of routes/admin.ts (teams, saved replies).
import type { IsoDateTime } from './types.ts';

export const INBOX_VIEWS = ['all', 'mine', 'unassigned', 'breaching', 'resolved'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export const CONVERSATION_STATUSES = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What the list can be narrowed by; the same keys as the URL's query string and a saved view. */
export interface InboxFilters {
  view?: InboxView;
  teamId?: string;
  channel?: string;
  priority?: Priority;
  status?: ConversationStatus;
  tag?: string;
}

export interface PersonRef {
  id: string;
  name: string;
  handle: string;
}

export interface TeamRef {
  id: string;
  name: string;
}

export interface ConversationSummary {
  id: string;
  channel: string;
  subject: string;
  contact: { memberId: string | null; name: string | null; address: string | null };
  team: TeamRef | null;
  assignee: PersonRef | null;
  status: ConversationStatus;
  snoozedUntil: IsoDateTime | null;
  priority: Priority;
  tags: string[];
  nextDueAt: IsoDateTime | null;
  breached: boolean;
  deflected: boolean;
  escalated: boolean;
  lastMessageAt: IsoDateTime;
  createdAt: IsoDateTime;
  version: number;
}

/** Open conversations only: the rail's numbers. */
export interface ViewCounts {
  mine: number;
  unassigned: number;
  open: number;
  breachingSoon: number;
}

export interface ConversationPage {
  items: ConversationSummary[];
  nextCursor: string | null;
  counts: ViewCounts;
}

export type MessageDirection = 'in' | 'out' | 'note' | 'community';

export interface InboxMessage {
  id: string;
  direction: MessageDirection;
  author: { id: string | null; name: string | null };
  automated: boolean;
  /** Sanitised by the server. */
  html: string;
  deliveryStatus: string;
  createdAt: IsoDateTime;
}

export interface ActivityEntry {
  id: string;
  kind: string;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
  createdAt: IsoDateTime;
}

export type SlaMetric = 'first_response' | 'next_response' | 'resolution';

export interface SlaClock {
  metric: SlaMetric;
  dueAt: IsoDateTime | null;
  metAt: IsoDateTime | null;
  breached: boolean;
  remainingMinutes: number | null;
}

export interface ScopeChange {
  id: string;
  what: string;
  oldValue: string;
  newValue: string;
  agreedBy: string;
  recordedBy: { id: string; name: string } | null;
  createdAt: IsoDateTime;
}

/** One routing rule's verdict on the conversation's first message. */
export interface RouteTraceEntry {
  ruleId: string;
  name: string;
  matched: boolean;
  reasons: string[];
  applied: string[];
}

export interface ConversationDetail extends ConversationSummary {
  channelLabel: string;
  canReply: boolean;
  /** Where the conversation lives outside the inbox (the forum thread), when it has a page. */
  link: string | null;
  slaPolicy: { id: string; name: string } | null;
  clocks: SlaClock[];
  routeTrace: RouteTraceEntry[];
  suggestedTeam: { id: string; name: string; confidence: number } | null;
  messages: InboxMessage[];
  activity: ActivityEntry[];
  scopeChanges: ScopeChange[];
  csat: { rating: number | null; comment: string | null } | null;
}

export interface ConversationChanges {
  status?: ConversationStatus;
  snoozedUntil?: IsoDateTime;
  priority?: Priority;
  tags?: string[];
  teamId?: string | null;
  assigneeId?: string | null;
}

export type StatusAfterReply = 'open' | 'pending' | 'resolved';

export interface ReplyInput {
  markdown: string;
  lastSeenMessageId: string | null;
  confirm?: boolean;
  then: StatusAfterReply;
}

export interface EscalationInput {
  teamId?: string;
  userId?: string;
  reason: string;
  private: boolean;
}

export interface ScopeChangeInput {
  what: string;
  oldValue: string;
  newValue: string;
  agreedBy: string;
}

export interface PhoneCallInput {
  memberId: string | null;
  name: string;
  phone: string;
  subject: string;
  summary: string;
  answeredOnCall: boolean;
}

export interface SavedView {
  id: string;
  name: string;
  filters: InboxFilters;
}

/** The signed-in agent's own standing: away agents get no new conversations. */
export interface AgentState {
  available: boolean;
  onDuty: boolean;
  teams: TeamRef[];
}

export interface TeamMember {
  userId: string;
  name: string;
  handle: string;
  capacity: number;
  openLoad: number;
}

export interface InboxTeam {
  id: string;
  name: string;
  lead: { id: string; name: string } | null;
  assignment: string;
  members: TeamMember[];
}

export interface SavedReply {
  id: string;
  title: string;
  body: string;
  createdBy: string;
  updatedAt: IsoDateTime;
}

export type PresenceState = 'viewing' | 'typing' | 'left';

export interface PresenceEvent {
  conversationId: string;
  userId: string;
  name: string;
  state: PresenceState;
  at: IsoDateTime;
}

declare module './types.ts' {
  /** Live events of the inbox (src/modules/inbox/live.ts). */
  interface LiveEventMap {
    'inbox.conversation_changed': { conversationId: string };
    'inbox.presence': PresenceEvent;
  }
}
