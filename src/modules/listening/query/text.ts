/**
 * The one normalisation shared by queries and items, so a query word and a text word compare
 * with `===`. Both sides go through the same functions; that, not any rule in particular, is what
 * makes matching predictable.
 *
 * - Folding: NFKD (full-width letters, ligatures and ㎒-style symbols become plain letters),
 *   lower-case, then the Latin/Greek/Cyrillic combining diacritics are dropped ("Café" → "cafe"),
 *   then NFC so what remains (kana voicing marks, Indic vowel signs) recomposes. Only the
 *   diacritic blocks are dropped: removing every mark would erase Devanagari or Thai vowels.
 * - Words: runs of letters, digits, marks and `_`. A `#` or `@` directly before a word, not glued
 *   to a previous word, keeps it as a hashtag/handle ("email@x.com" has no handle).
 * - Hyphens and apostrophes inside a word split it into pieces ("wi-fi" → "wi", "fi"; "Lumo's" →
 *   "lumo", "s"); the joined form ("wifi", "lumos") is also indexed as a word, so the query `wifi`
 *   finds "Wi-Fi", and the query `wi-fi` (the phrase "wi fi") finds "wi-fi" and "wi fi".
 * - Han, kana and the Thai/Lao/Khmer/Myanmar scripts are written without spaces, so each of their
 *   characters is a word and a query term in them becomes a phrase of characters (a substring).
 * - Each emoji is a word of its own (skin tones and variation selectors dropped), so 🔥 can be
 *   watched; other symbols and punctuation are not words.
 */

const nonAscii = /[\u0080-\uffff]/;
// eslint-disable-next-line no-misleading-character-class -- a class of lone combining marks, to delete them
const diacritics = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const unspacedScripts =
  /(?=\P{M})[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]\p{M}*/gu;
const wordPattern =
  /[#@]?[\p{L}\p{N}\p{M}_]+(?:['\u2019\u2010-][\p{L}\p{N}\p{M}_]+)*|\p{Extended_Pictographic}/gu;
const joiners = /['\u2019\u2010-]/;
const endsInWordChar = /[\p{L}\p{N}\p{M}_]$/u;

export function foldText(value: string): string {
  if (!nonAscii.test(value)) return value.toLowerCase();
  return value.normalize('NFKD').toLowerCase().replace(diacritics, '').normalize('NFC');
}

/** Folded, trimmed, inner whitespace collapsed: for values compared whole (a source name). */
export function foldWhole(value: string): string {
  return foldText(value).trim().replace(/\s+/g, ' ');
}

export interface Tokens {
  /** Words in order, a hashtag/handle with its `#`/`@`. */
  tokens: string[];
  /** The same words without `#`/`@`, so a plain word also finds its hashtag. */
  bare: string[];
  /** Joined forms of hyphenated words, indexed for single-word lookups only. */
  joined: string[];
}

export function tokenize(value: string): Tokens {
  let text = foldText(value);
  if (nonAscii.test(text)) text = text.replace(unspacedScripts, ' $& ');
  const out: Tokens = { tokens: [], bare: [], joined: [] };
  for (const match of text.matchAll(wordPattern)) {
    let group = match[0];
    let marker = '';
    if (group.startsWith('#') || group.startsWith('@')) {
      group = group.slice(1);
      const before = text.slice(Math.max(0, match.index - 2), match.index);
      if (!endsInWordChar.test(before)) marker = match[0].charAt(0);
    }
    const pieces = joiners.test(group) ? group.split(joiners) : [group];
    for (const [i, piece] of pieces.entries()) {
      out.tokens.push(i === 0 && marker ? marker + piece : piece);
      out.bare.push(piece);
    }
    if (pieces.length > 1) out.joined.push(pieces.join(''));
  }
  return out;
}

/** The words of a query term or phrase, in the form they are compared in. */
export function queryWords(value: string): string[] {
  return tokenize(value).tokens;
}

/** One searchable zone of an item (body, title, author, source), built once per item. */
export interface WordIndex {
  readonly tokens: readonly string[];
  readonly bare: readonly string[];
  /** Every token, bare word and joined form: single-word lookups are one `has`. */
  readonly words: ReadonlySet<string>;
  /** `words`, sorted, for prefix lookups by binary search. */
  readonly sorted: readonly string[];
}

/**
 * Parts are concatenated with an empty token between them, which no query word equals, so a
 * phrase cannot run from the title into the text.
 */
export function indexWords(parts: readonly Tokens[]): WordIndex {
  const tokens: string[] = [];
  const bare: string[] = [];
  const words = new Set<string>();
  for (const [i, part] of parts.entries()) {
    if (i > 0) {
      tokens.push('');
      bare.push('');
    }
    tokens.push(...part.tokens);
    bare.push(...part.bare);
    for (const word of part.tokens) words.add(word);
    for (const word of part.bare) words.add(word);
    for (const word of part.joined) words.add(word);
  }
  return { tokens, bare, words, sorted: [...words].sort() };
}
