/**
 * The stored shape of a watch rule's query. Plain JSON on purpose: rules are saved as their
 * parsed tree, so matching never has to re-parse and a stored rule stays readable.
 */

/** Where a term looks: title and text together, the title alone, or the author's name and handle. */
export type TermField = 'text' | 'title' | 'author';

/** Filters on an item's metadata rather than on its words. */
export type FilterField = 'source' | 'lang' | 'intent' | 'sentiment' | 'platform' | 'site';

export interface WatchTerm {
  kind: 'term';
  /** Normalised words (see text.ts): one for a word, several for a phrase. */
  words: string[];
  /** The last word is a prefix (`lumo*`). */
  prefix: boolean;
  field: TermField;
}

export interface WatchFilter {
  kind: 'field';
  field: FilterField;
  /** Normalised: lang is a 3-letter code, site a bare hostname, the rest lower-case. */
  value: string;
}

export type WatchQuery =
  | { kind: 'and' | 'or'; children: WatchQuery[] }
  | { kind: 'not'; child: WatchQuery }
  | WatchTerm
  | WatchFilter;

export type ParseResult = { ok: true; query: WatchQuery } | { ok: false; message: string; position: number };

export const watchQueryFields = [
  'source',
  'lang',
  'author',
  'intent',
  'sentiment',
  'platform',
  'site',
  'title',
] as const;

export type WatchQueryField = (typeof watchQueryFields)[number];

export const watchIntents = ['question', 'complaint', 'praise', 'idea', 'bug', 'other'] as const;

export const watchSentiments = ['positive', 'negative', 'neutral'] as const;

/** Bounds that keep a hostile or pasted query from costing much to parse, store or match. */
export const watchQueryLimits = { maxLength: 2_000, maxDepth: 32, maxTerms: 200 } as const;

/** Thrown inside the parser only; parseWatchQuery turns it into `{ ok: false }`. */
export class QueryError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.position = position;
  }
}
