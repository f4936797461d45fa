import { countTerms, termIndex, textTerms, vectorize, type TextTerms } from './features.ts';
import type { RouterModel } from './model.ts';
import { softmaxInPlace } from './softmax.ts';

export interface RoutePrediction {
  label: string;
  /** Calibrated probability (0..1) that `label` is right: what "apply above a threshold" reads. */
  confidence: number;
  /** The three most likely labels with their probabilities, best first (the first is `label`). */
  alternatives: { label: string; score: number }[];
  /**
   * The words (and word pairs) that pushed most towards `label`, strongest first, for "why was
   * this routed here". A word's weight sums its own term and its character n-grams.
   */
  evidence: { feature: string; weight: number }[];
}

interface Prepared {
  index: Map<string, number>;
  weights: Float32Array;
  /** Each term's mean weight over labels: softmax ignores it, so evidence subtracts it. */
  termMean: Float32Array;
}

// Building the term index costs far more than a prediction: once per model object.
const preparedModels = new WeakMap<RouterModel, Prepared>();

function prepare(model: RouterModel): Prepared {
  const known = preparedModels.get(model);
  if (known) return known;
  const labels = model.labels.length;
  const weights = Float32Array.from(model.weights, (weight) => weight * model.weightUnit);
  const termMean = new Float32Array(model.terms.length);
  for (let term = 0; term < termMean.length; term += 1) {
    let sum = 0;
    for (let c = 0; c < labels; c += 1) sum += weights[term * labels + c] as number;
    termMean[term] = sum / labels;
  }
  const prepared = { index: termIndex(model.terms), weights, termMean };
  preparedModels.set(model, prepared);
  return prepared;
}

const alternativesShown = 3;
const evidenceShown = 5;

/**
 * The most likely label for a text. Text with no known term (empty, another language, noise)
 * gets what the bias alone says, roughly the labels' prior: a low confidence and no evidence.
 */
export function predictRoute(model: RouterModel, text: string): RoutePrediction {
  const prepared = prepare(model);
  const terms = textTerms(text, model.features);
  const counts = countTerms(terms);
  const vector = vectorize(counts, prepared.index, model.idf);
  const labels = model.labels.length;
  const probabilities = Float64Array.from(model.bias);
  vector.indices.forEach((term, k) => {
    const value = vector.values[k] as number;
    for (let c = 0; c < labels; c += 1)
      probabilities[c] =
        (probabilities[c] as number) + value * (prepared.weights[term * labels + c] as number);
  });
  for (let c = 0; c < labels; c += 1) probabilities[c] = (probabilities[c] as number) / model.temperature;
  softmaxInPlace(probabilities);
  const ranked = [...probabilities.keys()].sort(
    (a, b) => (probabilities[b] as number) - (probabilities[a] as number) || a - b,
  );
  const best = ranked[0] ?? 0;
  const share = new Map(
    vector.indices.map((term, k) => [term, (vector.values[k] as number) / model.temperature]),
  );
  return {
    label: model.labels[best] ?? '',
    confidence: probabilities[best] ?? 0,
    alternatives: ranked
      .slice(0, alternativesShown)
      .map((c) => ({ label: model.labels[c] ?? '', score: probabilities[c] ?? 0 })),
    evidence: explain(model, prepared, terms, counts, share, best),
  };
}

/** Credits each term's pull towards `label` to the word (or word pair) it came from. */
function explain(
  model: RouterModel,
  prepared: Prepared,
  terms: TextTerms,
  counts: Map<string, number>,
  share: Map<number, number>,
  label: number,
): RoutePrediction['evidence'] {
  const labels = model.labels.length;
  const credit = new Map<string, number>();
  const pull = (term: string) => {
    const at = prepared.index.get(term);
    const value = at === undefined ? undefined : share.get(at);
    if (at === undefined || value === undefined) return 0;
    // A term seen several times in the text is shared evenly among its occurrences.
    const centred = (prepared.weights[at * labels + label] as number) - (prepared.termMean[at] as number);
    return (value * centred) / (counts.get(term) ?? 1);
  };
  const add = (feature: string, amount: number) => credit.set(feature, (credit.get(feature) ?? 0) + amount);
  terms.words.forEach((word, i) => {
    for (const term of terms.perWord[i] ?? []) add(word, pull(term));
  });
  terms.pairs.forEach((pair, i) => add(`${terms.words[i]} ${terms.words[i + 1]}`, pull(pair)));
  return [...credit]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, evidenceShown)
    .map(([feature, weight]) => ({ feature, weight: Math.round(weight * 1e4) / 1e4 }));
}
