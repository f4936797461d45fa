/**
 * Text → sparse TF-IDF vector. Three kinds of term, each with a prefix so they never collide:
 * word unigrams (`w`), word bigrams (`b`, which keep order: "card declined" ≠ "declined card")
 * and character n-grams inside each word (`c`, which carry typos, plurals and word forms that
 * exact words miss, in any script).
 */

export interface FeatureOptions {
  /** Shortest and longest character n-gram, counted with the word's `<` `>` boundary marks. */
  charMin: number;
  charMax: number;
  /** Terms seen in fewer training texts are dropped: rare terms mostly memorise and bloat the model. */
  minDf: number;
  /** Word bigrams on or off. */
  bigrams: boolean;
}

/** A sparse vector: parallel arrays of feature index and value. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/**
 * Lower-case words of letters, marks and digits in any script. NFKC first so full-width and
 * compatibility forms match their plain ones; apostrophes are dropped so "can't" stays one word.
 */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
  return folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Terms of one word: the word itself and its character n-grams. */
export function wordTerms(word: string, options: FeatureOptions): string[] {
  const terms = [`w ${word}`];
  const padded = `<${word}>`;
  // Code points, not UTF-16 units, so an n-gram never splits an emoji or a rare CJK character;
  // the common case (no surrogate pair) slices the string directly, which is much faster.
  const chars = /[\uD800-\uDFFF]/.test(padded) ? Array.from(padded) : null;
  const length = chars ? chars.length : padded.length;
  for (let n = options.charMin; n <= options.charMax; n += 1)
    for (let start = 0; start + n <= length; start += 1)
      terms.push(`c ${chars ? chars.slice(start, start + n).join('') : padded.slice(start, start + n)}`);
  return terms;
}

/**
 * A text's terms by where they come from, so a prediction can credit each to its word:
 * `perWord[i]` are `words[i]`'s own terms; `pairs[i]` is the pair term ending at `words[i + 1]`.
 */
export interface TextTerms {
  words: string[];
  perWord: string[][];
  pairs: string[];
}

export function textTerms(text: string, options: FeatureOptions): TextTerms {
  const words = tokenize(text);
  return {
    words,
    perWord: words.map((word) => wordTerms(word, options)),
    pairs: options.bigrams ? words.slice(1).map((word, i) => `b ${words[i]} ${word}`) : [],
  };
}

/** Every term with its count. */
export function countTerms(terms: TextTerms): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const own of terms.perWord) for (const term of own) add(term);
  for (const pair of terms.pairs) add(pair);
  return counts;
}

export function termCounts(text: string, options: FeatureOptions): Map<string, number> {
  return countTerms(textTerms(text, options));
}

export interface Vocabulary {
  terms: string[];
  idf: number[];
}

/**
 * Terms kept by document frequency, in first-seen order (so training is deterministic), with a
 * smoothed idf: ln((1 + n) / (1 + df)) + 1, never zero, so a term in every text still counts a bit.
 */
export function buildVocabulary(documents: readonly Map<string, number>[], minDf: number): Vocabulary {
  const df = new Map<string, number>();
  for (const counts of documents) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const terms: string[] = [];
  const idf: number[] = [];
  for (const [term, count] of df) {
    if (count < minDf) continue;
    terms.push(term);
    // Rounded here, before any vector is made, so training sees exactly what the stored model serves.
    idf.push(Math.round((Math.log((1 + documents.length) / (1 + count)) + 1) * 1e4) / 1e4);
  }
  return { terms, idf };
}

/**
 * Sublinear TF (1 + ln tf: the tenth "card" says little more than the first) × idf, then
 * L2-normalised so long and short messages score on the same scale. Unknown terms are skipped.
 * Indices come in the text's order: nothing downstream needs them sorted.
 */
export function vectorize(
  counts: Map<string, number>,
  index: ReadonlyMap<string, number>,
  idf: readonly number[],
): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let squares = 0;
  for (const [term, count] of counts) {
    const at = index.get(term);
    if (at === undefined) continue;
    const value = (1 + Math.log(count)) * (idf[at] ?? 1);
    indices.push(at);
    values.push(value);
    squares += value * value;
  }
  const norm = Math.sqrt(squares);
  for (let i = 0; i < values.length; i += 1) values[i] = (values[i] as number) / norm;
  return { indices, values };
}

/** Term → index, for vectorising. */
export function termIndex(terms: readonly string[]): Map<string, number> {
  return new Map(terms.map((term, i) => [term, i]));
}
