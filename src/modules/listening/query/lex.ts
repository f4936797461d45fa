/**
 * The lexer: source text → operators, brackets and atoms. Atoms (terms, phrases, field filters)
 * are built and validated here, so every error about a single term points at that term.
 */
import {
  QueryError,
  watchIntents,
  watchQueryFields,
  watchQueryLimits,
  watchSentiments,
  type TermField,
  type WatchFilter,
  type WatchQueryField,
  type WatchTerm,
} from './ast.ts';
import { hostOf, normalizeLang } from './fields.ts';
import { foldWhole, queryWords } from './text.ts';

export type Token =
  | { type: '(' | ')' | 'AND' | 'OR' | 'NOT'; pos: number; text: string }
  | { type: 'atom'; pos: number; node: WatchTerm | WatchFilter };

const space = /\s/;
const delimiter = /[\s()"]/;
const fieldPrefix = /^([A-Za-z]+):/;
const operators: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT']);
const knownFields: ReadonlySet<string> = new Set(watchQueryFields);

const examples: Record<WatchQueryField, string> = {
  source: 'source:reddit',
  lang: 'lang:en',
  author: 'author:@jdoe',
  intent: 'intent:complaint',
  sentiment: 'sentiment:negative',
  platform: 'platform:reddit',
  site: 'site:example.com',
  title: 'title:lumo',
};

/** User text quoted in a message: on one line, and short enough to read. */
function shown(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

interface Lexed {
  token: Token | null;
  end: number;
}

export function lexWatchQuery(source: string): Token[] {
  const tokens: Token[] = [];
  let atoms = 0;
  let i = 0;
  while (i < source.length) {
    const { token, end } = lexOne(source, i);
    if (token?.type === 'atom' && ++atoms > watchQueryLimits.maxTerms) {
      throw new QueryError(
        `The query has more than ${watchQueryLimits.maxTerms} terms; split it into several rules.`,
        token.pos,
      );
    }
    if (token) tokens.push(token);
    i = end;
  }
  return tokens;
}

function lexOne(source: string, pos: number): Lexed {
  const c = source.charAt(pos);
  if (space.test(c)) return { token: null, end: pos + 1 };
  if (c === '(' || c === ')') return { token: { type: c, pos, text: c }, end: pos + 1 };
  if (c === '"') {
    const { content, end } = readQuoted(source, pos);
    return { token: { type: 'atom', pos, node: buildTerm(content, pos + 1, 'text', true) }, end };
  }
  if (c === '-') {
    const next = source.charAt(pos + 1);
    if (next === '' || next === ')' || space.test(next)) {
      throw new QueryError('"-" must be followed directly by what to leave out, as in -refund.', pos);
    }
    return { token: { type: 'NOT', pos, text: '-' }, end: pos + 1 };
  }
  let end = pos;
  while (end < source.length && !delimiter.test(source.charAt(end))) end++;
  const run = source.slice(pos, end);
  if (operators.has(run)) return { token: { type: run as 'AND' | 'OR' | 'NOT', pos, text: run }, end };
  const field = fieldPrefix.exec(run);
  if (field?.[1] && !run.startsWith('//', field[0].length)) {
    const lexed = lexField(source, pos, end, field[1]);
    if (lexed) return lexed;
  }
  return { token: { type: 'atom', pos, node: buildTerm(run, pos, 'text', false) }, end };
}

function readQuoted(source: string, open: number): { content: string; end: number } {
  const close = source.indexOf('"', open + 1);
  if (close === -1)
    throw new QueryError(`Missing closing quote for the phrase that starts at character ${open + 1}.`, open);
  return { content: source.slice(open + 1, close), end: close + 1 };
}

/** `name:value` or `name:"value"`; null when the run is an ordinary word ending in a colon. */
function lexField(source: string, pos: number, runEnd: number, name: string): Lexed | null {
  const field = name.toLowerCase();
  const valuePos = pos + name.length + 1;
  const next = source.charAt(runEnd);
  const quoted = valuePos === runEnd && next === '"';
  // "Note: …" is prose, but "title:" with nothing after it, or "foo:bar", is a mistake.
  const prose = valuePos === runEnd && (next === '' || next === ')' || space.test(next));
  if (prose && !knownFields.has(field)) return null;
  if (!knownFields.has(field)) {
    const list = watchQueryFields.join(', ');
    throw new QueryError(`Unknown field "${shown(name)}:". Fields: ${list}.`, pos);
  }
  const known = field as WatchQueryField;
  if (valuePos === runEnd && !quoted) {
    throw new QueryError(`"${name}:" needs a value right after the colon, as in ${examples[known]}.`, pos);
  }
  const { content, end } = quoted
    ? readQuoted(source, runEnd)
    : { content: source.slice(valuePos, runEnd), end: runEnd };
  const contentPos = quoted ? runEnd + 1 : valuePos;
  if (!content.trim()) {
    throw new QueryError(`"${name}:" needs a value, as in ${examples[known]}.`, pos);
  }
  const node =
    known === 'title' || known === 'author'
      ? buildTerm(content, contentPos, known, quoted)
      : buildFilter(known, content, contentPos);
  return { token: { type: 'atom', pos, node }, end };
}

function buildTerm(raw: string, pos: number, field: TermField, quoted: boolean): WatchTerm {
  let text = quoted ? raw.trimEnd() : raw;
  const star = text.indexOf('*');
  const prefix = star !== -1;
  if (prefix) {
    const before = text.charAt(star - 1);
    if (star !== text.length - 1) {
      throw new QueryError('"*" can only go at the end of a word, as in lumo*.', pos + star);
    }
    if (before === '' || space.test(before)) {
      throw new QueryError(
        'A "*" needs a word before it, as in lumo* (alone it would match everything).',
        pos + star,
      );
    }
    text = text.slice(0, -1);
  }
  if (!quoted && /^(?:&&?|\|\|?)$/.test(raw)) {
    throw new QueryError(`Write AND or OR instead of "${raw}".`, pos);
  }
  const words = queryWords(text);
  if (words.length === 0) {
    const message = raw.trim()
      ? `"${shown(raw)}" has no letters or digits to look for.`
      : 'Empty quotes: put the words to look for between them.';
    throw new QueryError(message, quoted ? pos - 1 : pos);
  }
  return { kind: 'term', words, prefix, field };
}

function buildFilter(
  field: Exclude<WatchQueryField, 'title' | 'author'>,
  raw: string,
  pos: number,
): WatchFilter {
  const value = filterValue(field, raw.trim(), pos);
  return { kind: 'field', field, value };
}

function filterValue(field: WatchFilter['field'], raw: string, pos: number): string {
  switch (field) {
    case 'intent':
    case 'sentiment': {
      const allowed: readonly string[] = field === 'intent' ? watchIntents : watchSentiments;
      const value = raw.toLowerCase();
      if (allowed.includes(value)) return value;
      const kind = field === 'intent' ? 'intent' : 'sentiment';
      throw new QueryError(`Unknown ${kind} "${shown(raw)}". Use one of: ${allowed.join(', ')}.`, pos);
    }
    case 'lang': {
      const value = normalizeLang(raw);
      if (value) return value;
      throw new QueryError(`Unknown language "${shown(raw)}". Use a code such as en or eng.`, pos);
    }
    case 'site': {
      const value = hostOf(raw);
      if (value) return value;
      throw new QueryError(`"${shown(raw)}" is not a website address; use one such as example.com.`, pos);
    }
    case 'platform':
      return raw.toLowerCase().replace(/\s+/g, ' ');
    case 'source':
      return foldWhole(raw);
  }
}
