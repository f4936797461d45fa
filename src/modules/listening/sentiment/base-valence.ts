import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The valence of one word in wink-nlp's sentiment lexicon (about −1…1; 0 when it has none),
 * asked of wink once per distinct word and remembered. Wink is loaded on first use so that
 * importing the scorer costs nothing until a text is scored.
 */
let nlp: WinkMethods | null = null;
const memo = new Map<string, number>();
const memoLimit = 200_000;

export function baseValence(word: string): number {
  const known = memo.get(word);
  if (known !== undefined) return known;
  nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  const value = nlp.readDoc(word).out(nlp.its.sentiment);
  const valence = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  if (memo.size >= memoLimit) memo.clear();
  memo.set(word, valence);
  return valence;
}
