// Listening's shapes, mirroring src/modules/listening/schemas.ts: the stream of mentions, spike
// alerts, sources, watch rules and settings. Dates are ISO strings.
import type { IsoDateTime } from './types.ts';

export const INTENTS = ['question', 'complaint', 'praise', 'idea', 'bug', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const SOURCE_KINDS = ['webhook', 'rss', 'email', 'import'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_HEALTHS = ['new', 'healthy', 'failing', 'stale', 'idle'] as const;
export type SourceHealth = (typeof SOURCE_HEALTHS)[number];

export const RULE_CATEGORIES = ['brand', 'product', 'competitor', 'topic'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const INBOX_MODES = ['needs_answer', 'all', 'never'] as const;
export type InboxMode = (typeof INBOX_MODES)[number];

export const SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export type AlertStatus = 'open' | 'acknowledged';
export type AlertMeasure = 'volume' | 'negativity';

export interface NamedRef {
  id: string;
  name: string;
}

/** One mention in the stream. */
export interface ListeningItem {
  id: string;
  source: NamedRef;
  platform: string;
  url: string | null;
  title: string | null;
  /** Plain text: never rendered as HTML. */
  text: string;
  author: { name: string | null; handle: string | null; memberId: string | null };
  publishedAt: IsoDateTime;
  receivedAt: IsoDateTime;
  /** ISO 639-3 (`eng`); `und` when it could not be told. */
  language: string;
  /** −1…1. */
  sentiment: number;
  sentimentLabel: SentimentLabel;
  intent: Intent;
  keyPhrases: string[];
  rules: NamedRef[];
  conversationId: string | null;
  why: {
    sentimentDrivers: { word: string; weight: number }[];
    intentCue: string | null;
    routedBecause: string | null;
    /** It needed an answer but the rule's hourly inbox cap was reached (a spike). */
    heldBack: string | null;
  };
}

export interface ListeningItemPage {
  items: ListeningItem[];
  nextCursor: string | null;
}

/** What the stream can be narrowed by; the same names as the API's query string. */
export interface StreamFilters {
  q?: string;
  ruleId?: string;
  sourceId?: string;
  intent?: Intent;
  sentiment?: SentimentLabel;
  language?: string;
  routed?: 'yes' | 'no';
}

export interface AlertCount {
  name: string;
  count: number;
}

export interface ListeningAlert {
  id: string;
  series: string;
  /** `"Lumo"` or `everything watched`. */
  label: string;
  ruleId: string | null;
  measure: AlertMeasure;
  /** The 5-minute interval that raised it. */
  bucketStart: IsoDateTime;
  /** Where the spike began. */
  since: IsoDateTime;
  observed: number;
  expected: number;
  strength: number;
  status: AlertStatus;
  /** The crisis room opened from it, if any. */
  crisisId: string | null;
  acknowledgedBy: string | null;
  acknowledgedByName: string | null;
  acknowledgedAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  explanation: {
    topTerms: AlertCount[];
    topSources: AlertCount[];
    topAuthors: AlertCount[];
    sentimentNow: number | null;
    sentimentBefore: number | null;
    negativeShareNow: number | null;
    negativeShareBefore: number | null;
    /** Standard deviations above normal. */
    sigmas: number;
    /** Over how many 5-minute intervals. */
    horizon: number;
  };
}

export interface ListeningAlertDetail extends ListeningAlert {
  examples: ListeningItem[];
  /** Mentions per 5 minutes from a day before the alert to now; missing intervals had none. */
  volume: { at: IsoDateTime; items: number }[];
}

export interface ListeningSource {
  id: string;
  kind: SourceKind;
  name: string;
  platform: string;
  url: string | null;
  /** Email sources: the address to forward to (null when inbound mail is not set up). */
  address: string | null;
  /** Webhook sources: where to post. */
  endpoint: string | null;
  /** Only in the answer right after it was made (creation, rotation). */
  secret: string | null;
  pollIntervalMinutes: number;
  health: SourceHealth;
  lastPolledAt: IsoDateTime | null;
  lastSuccessAt: IsoDateTime | null;
  nextPollAt: IsoDateTime | null;
  lastError: string | null;
  consecutiveFailures: number;
  itemCount: number;
  lastItemAt: IsoDateTime | null;
  archived: boolean;
  createdAt: IsoDateTime;
}

export interface SourceInput {
  kind: SourceKind;
  name: string;
  platform?: string;
  url?: string;
  pollIntervalMinutes?: number;
}

export interface SourcePatch {
  name?: string;
  platform?: string;
  url?: string;
  pollIntervalMinutes?: number;
  archived?: boolean;
}

/** What an import did (POST /api/listening/imports). */
export interface ImportReport {
  rows: number;
  stored: number;
  duplicates: number;
  routed: number;
  invalid: number;
  /** The first problems, by line; all of them are counted in `invalid`. */
  errors: { line: number; error: string }[];
}

export interface WatchRule {
  id: string;
  name: string;
  category: RuleCategory;
  query: string;
  /** How Hearth reads the query. */
  canonical: string;
  inbox: InboxMode;
  alerts: boolean;
  sensitivity: Sensitivity;
  minVolume: number;
  cooldownHours: number;
  matchCount: number;
  /** When it last finished running over history. */
  rerunAt: IsoDateTime | null;
  /** A re-run over history is queued or under way. */
  rerunning: boolean;
  archived: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface WatchRuleInput {
  name: string;
  category: RuleCategory;
  query: string;
  inbox?: InboxMode;
  alerts?: boolean;
  sensitivity?: Sensitivity;
  minVolume?: number;
  cooldownHours?: number;
}

export type WatchRulePatch = Partial<WatchRuleInput> & { archived?: boolean };

export interface QueryCheck {
  ok: boolean;
  canonical: string | null;
  message: string | null;
  /** 0-based character where the query stops making sense. */
  position: number | null;
}

export interface ListeningSettings {
  inboxIntents: Intent[];
  /** −1…0: mentions below this go to the inbox (with a rule that sends what needs an answer). */
  inboxNegativeBelow: number;
  inboxPerRulePerHour: number;
  webhookUrl: string | null;
  webhookSecretSet: boolean;
  /** Only right after it was made. */
  webhookSecret?: string;
}

export interface ListeningSettingsPatch {
  inboxIntents?: Intent[];
  inboxNegativeBelow?: number;
  inboxPerRulePerHour?: number;
  /** null clears it. */
  webhookUrl?: string | null;
  rotateWebhookSecret?: boolean;
}

declare module './types.ts' {
  /** Live events of listening (src/modules/listening/use-cases/ingest-mentions.ts, raise-alert.ts, crisis-room.ts). */
  interface LiveEventMap {
    'listening.items': { sourceId: string; stored: number };
    'listening.alerts': { alertId: string };
    /** A stored mention's inbox conversation opened (use-cases/route-mentions.ts). */
    'listening.routed': { itemId: string; conversationId: string };
    /** A crisis room changed: opened, someone on deck, a note, a statement, closed (use-cases/crisis-room.ts). */
    'listening.crisis': { crisisId: string };
  }
}
