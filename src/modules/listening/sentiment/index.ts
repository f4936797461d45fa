/**
 * Sentiment of one text for listening: a score −1…1, a label, and the words that drove it (the
 * "why" on the item page). Pure and fast: a lexicon (wink-nlp's, plus Hearth's own words) with
 * rules for negation, intensifiers, contrast ("but"), ALL CAPS, stretched words, "!" and
 * emoticons/emoji, calibrated on human-rated texts (`hearth eval sentiment`).
 */
import { defaultParams, scoreWith, type SentimentResult } from './score.ts';

export { sentimentLabelOf } from './score.ts';

export type { SentimentDriver, SentimentLabel, SentimentResult } from './score.ts';

export function scoreSentiment(text: string): SentimentResult {
  return scoreWith(text, defaultParams);
}
