import { tokenize } from '../src/modules/inbox/learned-router/features.ts';

/**
 * The same-run baseline for `hearth eval intent`: a word TF-IDF nearest centroid (Rocchio). Each
 * label is the normalised mean of its training texts' unit vectors; a text goes to the label with
 * the highest cosine. No learning rate, no character n-grams: what the learned router has to beat.
 */
export function nearestCentroid(
  examples: readonly { text: string; label: string }[],
): (text: string) => string {
  const df = new Map<string, number>();
  const bags = examples.map((example) => countWords(example.text));
  for (const bag of bags) for (const word of bag.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log((1 + examples.length) / (1 + (df.get(word) ?? 0))) + 1;
  const vector = (bag: Map<string, number>) =>
    unit(
      new Map(
        [...bag].filter(([word]) => df.has(word)).map(([word, n]) => [word, (1 + Math.log(n)) * idf(word)]),
      ),
    );

  const sums = new Map<string, Map<string, number>>();
  examples.forEach((example, i) => {
    const sum = sums.get(example.label) ?? new Map<string, number>();
    for (const [word, value] of vector(bags[i] ?? new Map())) sum.set(word, (sum.get(word) ?? 0) + value);
    sums.set(example.label, sum);
  });
  const centroids = [...sums].map(([label, sum]) => ({ label, weights: unit(sum) }));
  const majority = mostCommon(examples.map((example) => example.label));

  return (text) => {
    const query = vector(countWords(text));
    let best = { label: majority, score: 0 };
    for (const centroid of centroids) {
      let score = 0;
      for (const [word, value] of query) score += value * (centroid.weights.get(word) ?? 0);
      if (score > best.score) best = { label: centroid.label, score };
    }
    return best.label;
  };
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function unit(vector: Map<string, number>): Map<string, number> {
  const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  return norm > 0 ? new Map([...vector].map(([word, value]) => [word, value / norm])) : vector;
}

/** The most frequent value; the first one seen wins a tie. */
export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}
