/**
 * Postgres stems and drops stop words (`to_tsvector('english', …)`); the similarity ranker works on
 * what it produced. A tsvector's text form is `'lexeme':3A,7 'other':1B`: the lexeme in single
 * quotes (a quote doubled, a backslash escaped), then its positions, each with its weight letter
 * (none for D). A stripped vector has no positions at all.
 */

/** How often each lexeme occurs: `title` counts weight-A positions (thread titles), `text` the rest. */
export interface TermCount {
  title: number;
  text: number;
}

export type TermVector = Map<string, TermCount>;

/** Parses the text output of a tsvector. Throws on anything that is not one. */
export function parseTsvector(source: string): TermVector {
  const terms: TermVector = new Map();
  let i = 0;
  const n = source.length;
  while (i < n) {
    if (source[i] === ' ') {
      i += 1;
      continue;
    }
    if (source[i] !== "'") throw new Error(`Not a tsvector: expected a quote at ${i}`);
    i += 1;
    let lexeme = '';
    for (;;) {
      if (i >= n) throw new Error('Not a tsvector: unterminated lexeme');
      const ch = source[i] as string;
      if (ch === '\\') {
        lexeme += source[i + 1] ?? '';
        i += 2;
      } else if (ch === "'") {
        if (source[i + 1] === "'") {
          lexeme += "'";
          i += 2;
        } else {
          i += 1;
          break;
        }
      } else {
        lexeme += ch;
        i += 1;
      }
    }
    const count: TermCount = terms.get(lexeme) ?? { title: 0, text: 0 };
    if (source[i] === ':') {
      i += 1;
      for (;;) {
        while (i < n && isDigit(source.charCodeAt(i))) i += 1;
        const weight = source[i];
        if (weight === 'A') count.title += 1;
        else count.text += 1;
        if (weight === 'A' || weight === 'B' || weight === 'C' || weight === 'D') i += 1;
        if (source[i] !== ',') break;
        i += 1;
      }
    } else {
      count.text += 1;
    }
    terms.set(lexeme, count);
  }
  return terms;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
