import type { WatchQuery } from './query/index.ts';
import type { SentimentDriver } from './sentiment/index.ts';

export const sourceKinds = ['webhook', 'rss', 'email', 'import'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Kind-specific settings of a source. */
export interface SourceConfig {
  /** rss: the feed address. */
  url?: string;
  /** email: the local part of the forwarding address (`listen+<token>@…`). */
  token?: string;
}

export const intents = ['question', 'complaint', 'praise', 'idea', 'bug', 'other'] as const;
export type Intent = (typeof intents)[number];

export const ruleCategories = ['brand', 'product', 'competitor', 'topic'] as const;
export const inboxModes = ['needs_answer', 'all', 'never'] as const;
export const sensitivities = ['low', 'medium', 'high'] as const;
export type Sensitivity = (typeof sensitivities)[number];

/** A stored, parsed watch query. */
export type RuleQuery = WatchQuery;

/** Why an item was enriched as it was: shown on the item page. */
export interface ItemExplanation {
  sentimentDrivers: SentimentDriver[];
  /** The words or pattern that decided the intent, e.g. `ends with "?"`. */
  intentCue: string | null;
  /** Why it went to the inbox (or null when it stayed in the stream). */
  routedBecause: string | null;
  /** Why it needed an answer but stayed out of the inbox (the hourly cap in a spike). */
  heldBack?: string | null;
}

/** One mention as any source hands it over, before dedupe and enrichment. */
export interface IncomingMention {
  externalId?: string | null;
  url?: string | null;
  title?: string | null;
  text: string;
  author?: { name?: string | null; handle?: string | null; email?: string | null } | null;
  platform?: string | null;
  publishedAt?: Date | null;
}

export interface AlertCount {
  name: string;
  count: number;
}

/** Everything an alert says about itself. */
export interface AlertExplanation {
  seriesLabel: string;
  /** The words of the spike that are unusual against the week before. */
  topTerms: AlertCount[];
  topSources: AlertCount[];
  topAuthors: AlertCount[];
  /** Average sentiment in the spike and in the 24 hours before it. */
  sentimentNow: number | null;
  sentimentBefore: number | null;
  negativeShareNow: number | null;
  negativeShareBefore: number | null;
  exampleItemIds: string[];
  /** Departure in standard deviations and over how many 5-minute intervals. */
  sigmas: number;
  horizon: number;
}
