/**
 * Matching: an item is prepared once (prepareMatchDoc) and every rule's compiled query runs
 * against it. Compiling turns the tree into nested closures over precomputed words, so a match
 * is Set lookups and short array scans, with no regex and no allocation.
 */
import type { FilterField, WatchFilter, WatchQuery, WatchTerm } from './ast.ts';
import { hostOf, itemLang } from './fields.ts';
import { foldWhole, indexWords, queryWords, tokenize, type WordIndex } from './text.ts';

export interface MatchDocInput {
  title?: string | null;
  text: string;
  /** The source's name. */
  source: string;
  /** The source's kind (`rss`, `reddit`, …), matched exactly by `source:`. */
  sourceKind?: string | null;
  lang: string;
  author?: string | null;
  intent: string;
  sentiment: string;
  platform?: string | null;
  url?: string | null;
}

export interface MatchDoc {
  /** Title and text, in that order: what plain terms search. */
  readonly body: WordIndex;
  readonly title: WordIndex;
  readonly author: WordIndex;
  readonly source: WordIndex;
  readonly sourceName: string;
  readonly sourceKind: string;
  readonly lang: string;
  readonly intent: string;
  readonly sentiment: string;
  readonly platform: string;
  /** Hostname without `www.`, '' when the item has no usable URL. */
  readonly site: string;
}

export interface CompiledQuery {
  readonly query: WatchQuery;
  readonly test: (doc: MatchDoc) => boolean;
}

export function prepareMatchDoc(input: MatchDocInput): MatchDoc {
  const title = tokenize(input.title ?? '');
  const source = tokenize(input.source);
  return {
    body: indexWords([title, tokenize(input.text)]),
    title: indexWords([title]),
    author: indexWords([tokenize(input.author ?? '')]),
    source: indexWords([source]),
    sourceName: foldWhole(input.source),
    sourceKind: foldWhole(input.sourceKind ?? ''),
    lang: itemLang(input.lang),
    intent: input.intent.trim().toLowerCase(),
    sentiment: input.sentiment.trim().toLowerCase(),
    platform: (input.platform ?? '').trim().toLowerCase().replace(/\s+/g, ' '),
    site: (input.url && hostOf(input.url)) ?? '',
  };
}

export function compileWatchQuery(query: WatchQuery): CompiledQuery {
  return { query, test: compileNode(query).test };
}

export function matchesWatchQuery(compiled: CompiledQuery, doc: MatchDoc): boolean {
  return compiled.test(doc);
}

type Test = (doc: MatchDoc) => boolean;

/** A compiled node and a rough cost, so AND/OR can try the cheap children first. */
interface Part {
  test: Test;
  cost: number;
}

type Zone = 'body' | 'title' | 'author' | 'source';

function compileNode(node: WatchQuery): Part {
  switch (node.kind) {
    case 'and':
    case 'or':
      return compileGroup(node.children, node.kind === 'and');
    case 'not': {
      const inner = compileNode(node.child);
      const test = inner.test;
      return { test: (doc) => !test(doc), cost: inner.cost };
    }
    case 'term':
      return compileTerm(node);
    case 'field':
      return compileFilter(node);
  }
}

// Reordering is safe because matching has no side effects: only the result of AND/OR matters.
function compileGroup(children: readonly WatchQuery[], every: boolean): Part {
  const parts = children.map(compileNode).sort((a, b) => a.cost - b.cost);
  const cost = parts.reduce((sum, part) => sum + part.cost, 0);
  const tests = parts.map((part) => part.test);
  const [a, b] = tests;
  if (tests.length === 1 && a) return { test: a, cost };
  if (tests.length === 2 && a && b) {
    return { test: every ? (doc) => a(doc) && b(doc) : (doc) => a(doc) || b(doc), cost };
  }
  const test: Test = (doc) => {
    for (let i = 0; i < tests.length; i++) {
      if ((tests[i] as Test)(doc) !== every) return !every;
    }
    return every;
  };
  return { test, cost };
}

function compileTerm(term: WatchTerm): Part {
  const zone: Zone = term.field === 'text' ? 'body' : term.field;
  return compileWords(zone, term.words, term.prefix);
}

function compileWords(zone: Zone, words: readonly string[], prefix: boolean): Part {
  const [first] = words;
  if (first === undefined) return { test: () => false, cost: 0 };
  if (words.length === 1) {
    if (!prefix) return { test: (doc) => doc[zone].words.has(first), cost: 1 };
    return { test: (doc) => hasPrefix(doc[zone].sorted, first), cost: 2 };
  }
  const phrase = new Phrase(words, prefix);
  return { test: (doc) => phrase.in(doc[zone]), cost: 2 + words.length };
}

/** Binary search for the first word ≥ prefix; it starts with the prefix if any word does. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && (sorted[low] as string).startsWith(prefix);
}

class Phrase {
  private readonly words: readonly string[];
  private readonly prefix: boolean;
  /** Per word: compare with the written token (hashtag/handle) or the bare word. */
  private readonly marked: readonly boolean[];

  constructor(words: readonly string[], prefix: boolean) {
    this.words = words;
    this.prefix = prefix;
    this.marked = words.map((word) => word.startsWith('#') || word.startsWith('@'));
  }

  in(index: WordIndex): boolean {
    const { words } = this;
    // Most items lack one of the words: one Set lookup each rules them out before any scan.
    const whole = this.prefix ? words.length - 1 : words.length;
    for (let k = 0; k < whole; k++) if (!index.words.has(words[k] as string)) return false;
    const limit = index.tokens.length - words.length;
    for (let i = 0; i <= limit; i++) if (this.at(index, i)) return true;
    return false;
  }

  private at(index: WordIndex, start: number): boolean {
    const { words, marked } = this;
    const last = words.length - 1;
    for (let k = 0; k <= last; k++) {
      const token = (marked[k] ? index.tokens : index.bare)[start + k] as string;
      const word = words[k] as string;
      if (k === last && this.prefix ? !token.startsWith(word) : token !== word) return false;
    }
    return true;
  }
}

function compileFilter(filter: WatchFilter): Part {
  const { value } = filter;
  const key: Exclude<FilterField, 'source' | 'site'> | null =
    filter.field === 'source' || filter.field === 'site' ? null : filter.field;
  if (key) return { test: (doc) => doc[key] === value, cost: 0 };
  if (filter.field === 'site') {
    const suffix = `.${value}`;
    return { test: (doc) => doc.site === value || doc.site.endsWith(suffix), cost: 0 };
  }
  const inName = compileWords('source', queryWords(value), false).test;
  return {
    test: (doc) => doc.sourceKind === value || doc.sourceName === value || inName(doc),
    cost: 1,
  };
}
