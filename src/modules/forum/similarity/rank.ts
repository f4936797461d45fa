import type { TermVector } from './tsvector.ts';

/**
 * The "has this been asked before?" ranker behind the composer's similar questions (and
 * `hearth eval similar`). Two passes of BM25 over stemmed words, the second with the query grown
 * by pseudo-relevance feedback:
 *
 * 1. BM25 of the typed text against each candidate's title and opening post (title words count
 *    twice), with inverse document frequencies from every public thread ({@link CorpusStats}).
 * 2. The best few candidates of that pass lend the query their most telling words (frequent in
 *    them, rare in the forum), so a question about an "OBGYN" also finds the thread that says
 *    "gynecologist" and "pregnant" (RM3-style feedback, no model, no training data).
 * 3. BM25 again with the grown query; the score is divided by the most the query could score,
 *    so it lies in [0, 1) and means the same whatever the length of the question.
 *
 * No labels and no outside ordering go in: only the words of the question and of the threads.
 */
export const similarityTuning = {
  /** A title word counts this many times a word of the opening post. */
  titleWeight: 2,
  /** BM25 term-frequency saturation and length normalisation (the textbook values). */
  k1: 1.2,
  b: 0.75,
  /** A word repeated in the question counts at most this many times. */
  queryRepeatCap: 2,
  /** Feedback: how many top threads of the first pass, how many of their words, and their share. */
  feedbackThreads: 5,
  feedbackWords: 10,
  feedbackWeight: 1,
  /** At or above this score a thread most likely asks the same thing: worth showing before posting. */
  duplicateThreshold: 0.06,
} as const;

/** Document frequencies over the public threads; see corpus.ts. */
export interface CorpusStats {
  documents: number;
  /** Mean weighted length (title words times titleWeight, plus opening-post words). */
  averageLength: number;
  documentFrequency: ReadonlyMap<string, number>;
}

export interface SimilarityDocument {
  id: string;
  terms: TermVector;
}

interface WeightedDocument {
  id: string;
  tf: Map<string, number>;
  length: number;
}

/** The product's decision that a thread is a likely duplicate of the question. */
export function isLikelyDuplicate(score: number): boolean {
  return score >= similarityTuning.duplicateThreshold;
}

function weigh(document: SimilarityDocument): WeightedDocument {
  const tf = new Map<string, number>();
  let length = 0;
  for (const [lexeme, count] of document.terms) {
    const weighted = similarityTuning.titleWeight * count.title + count.text;
    tf.set(lexeme, weighted);
    length += weighted;
  }
  return { id: document.id, tf, length };
}

/** Query word weights summing to 1 (repeats capped), or an empty map for a text with no words. */
function queryWeights(query: TermVector): Map<string, number> {
  const weights = new Map<string, number>();
  let total = 0;
  for (const [lexeme, count] of query) {
    const weight = Math.min(count.title + count.text, similarityTuning.queryRepeatCap);
    weights.set(lexeme, weight);
    total += weight;
  }
  for (const [lexeme, weight] of weights) weights.set(lexeme, weight / total);
  return weights;
}

/**
 * Scores `targets` (0 for no shared word) against the query. `feedback` is the pool the expansion
 * words are drawn from: the forum's best plain matches, so a thread's score does not depend on
 * which other threads happen to be ranked with it.
 */
export function scoreSimilar(
  query: TermVector,
  feedback: readonly SimilarityDocument[],
  targets: readonly SimilarityDocument[],
  stats: CorpusStats,
): Map<string, number> {
  const scores = new Map<string, number>(targets.map((target) => [target.id, 0]));
  const original = queryWeights(query);
  if (original.size === 0 || targets.length === 0) return scores;

  const pool = feedback.map(weigh);
  const scored = targets.map(weigh);
  const documents = Math.max(stats.documents, 1);
  const averageLength =
    stats.averageLength > 0
      ? stats.averageLength
      : Math.max(
          1,
          [...pool, ...scored].reduce((sum, d) => sum + d.length, 0) / (pool.length + scored.length),
        );
  const idfCache = new Map<string, number>();
  const idf = (lexeme: string): number => {
    let value = idfCache.get(lexeme);
    if (value === undefined) {
      const df = Math.min(stats.documentFrequency.get(lexeme) ?? 0, documents);
      value = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      idfCache.set(lexeme, value);
    }
    return value;
  };
  const { k1, b } = similarityTuning;
  const bm25 = (weights: Map<string, number>, document: WeightedDocument): number => {
    const norm = k1 * (1 - b + (b * document.length) / averageLength);
    let sum = 0;
    for (const [lexeme, weight] of weights) {
      const tf = document.tf.get(lexeme);
      if (tf) sum += weight * idf(lexeme) * ((tf * (k1 + 1)) / (tf + norm));
    }
    return sum;
  };

  const expanded = expandQuery(original, pool, bm25, idf);
  let ceiling = 0;
  for (const [lexeme, weight] of expanded) ceiling += weight * idf(lexeme) * (k1 + 1);
  if (ceiling <= 0) return scores;
  for (const document of scored) scores.set(document.id, bm25(expanded, document) / ceiling);
  return scores;
}

/** RM3-style feedback: the original weights plus the top words of the best first-pass threads. */
function expandQuery(
  original: Map<string, number>,
  pool: readonly WeightedDocument[],
  bm25: (weights: Map<string, number>, document: WeightedDocument) => number,
  idf: (lexeme: string) => number,
): Map<string, number> {
  const top = pool
    .map((document, index) => ({ document, index, score: bm25(original, document) }))
    .filter((entry) => entry.score > 0)
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, similarityTuning.feedbackThreads);
  const total = top.reduce((sum, entry) => sum + entry.score, 0);
  if (total <= 0) return original;
  const candidates = new Map<string, number>();
  for (const { document, score } of top) {
    if (document.length <= 0) continue;
    for (const [lexeme, tf] of document.tf) {
      const value = (score / total) * (tf / document.length) * idf(lexeme);
      candidates.set(lexeme, (candidates.get(lexeme) ?? 0) + value);
    }
  }
  const words = [...candidates]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, similarityTuning.feedbackWords);
  const wordsTotal = words.reduce((sum, [, value]) => sum + value, 0);
  const expanded = new Map(original);
  if (wordsTotal <= 0) return expanded;
  for (const [lexeme, value] of words) {
    const share = (similarityTuning.feedbackWeight * value) / wordsTotal;
    expanded.set(lexeme, (expanded.get(lexeme) ?? 0) + share);
  }
  return expanded;
}
