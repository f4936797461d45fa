// The DTOs of the inbox settings API (src/modules/inbox/routes/admin.ts, workspace.ts, reports.ts).

export type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';
export interface OpeningInterval {
  start: string;
  end: string;
}
/** When a team works, in its own time zone; days left out of `weekly` are closed. */
export interface BusinessCalendar {
  timezone: string;
  weekly: Partial<Record<Weekday, OpeningInterval[]>>;
  holidays: string[];
  exceptions: { date: string; intervals: OpeningInterval[] }[];
}

export type AssignmentMode = 'manual' | 'round_robin' | 'balanced';
export interface PersonRef {
  id: string;
  name: string;
  handle: string;
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
  calendar: BusinessCalendar | null;
  assignment: AssignmentMode;
  members: TeamMember[];
}
export interface TeamInput {
  name: string;
  leadId: string | null;
  calendar: BusinessCalendar | null;
  assignment: AssignmentMode;
  members: { userId: string; capacity: number }[];
}

/** The routing facts a condition can test (src/modules/inbox/routing.ts). */
export type Condition =
  | { field: 'channel' | 'space' | 'memberRole' | 'intent'; op: 'is' | 'is_not'; value: string }
  | { field: 'channel' | 'space' | 'memberRole' | 'intent'; op: 'any_of'; value: string[] }
  | { field: 'text'; op: 'contains_any'; value: string[] }
  | { field: 'tags'; op: 'has' | 'has_not'; value: string }
  | { field: 'sentiment'; op: 'below' | 'above'; value: number }
  | { field: 'withinBusinessHours'; op: 'is'; value: boolean };
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export interface RuleActions {
  teamId?: string;
  priority?: Priority;
  assigneeId?: string;
  slaPolicyId?: string;
  addTags?: string[];
}
export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: Condition[];
  actions: RuleActions;
  stop: boolean;
}
export type RuleInput = Omit<RoutingRule, 'id' | 'position'>;

export type EscalationAction = 'notify_lead' | 'reassign' | 'raise_priority';
export interface SlaPolicy {
  id: string;
  position: number;
  name: string;
  conditions: Condition[];
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  warnBeforeMinutes: number[];
  businessHours: boolean;
  escalation: { afterMinutes: number; action: EscalationAction }[];
}
export type SlaPolicyInput = Omit<SlaPolicy, 'id' | 'position'>;

export type LearnedRoutingMode = 'off' | 'suggest' | 'apply';
export interface InboxSettings {
  calendar: BusinessCalendar | null;
  highLoadPerAgent: number;
  offHoursMessage: string;
  learnedRouting: LearnedRoutingMode;
  applyConfidence: number;
}
export interface RouterStatus {
  model: { examples: number; labels: number; trainedAt: string } | null;
  mode: LearnedRoutingMode;
  applyConfidence: number;
}
export interface TrainResult {
  examples: number;
  labels: number;
  trainedAt: string;
  heldOutAccuracy: number | null;
}

export interface ApiChannel {
  id: string;
  name: string;
  createdAt: string;
  secretCount: number;
  /** Only in the answer to create and rotate: it is never shown again. */
  secret?: string;
}
export interface SavedReply {
  id: string;
  title: string;
  body: string;
  createdBy: string;
  updatedAt: string;
}
export interface Shift {
  id: string;
  teamId: string;
  user: PersonRef;
  startsAt: string;
  endsAt: string;
}
export interface CoverageGap {
  teamId: string;
  teamName: string;
  startsAt: string;
  endsAt: string;
}
export interface RawMail {
  id: string;
  envelopeFrom: string | null;
  remoteAddress: string | null;
  error: string;
  bytes: number;
  /** The bytes as received, one Latin-1 character per byte. */
  raw: string;
  receivedAt: string;
}
