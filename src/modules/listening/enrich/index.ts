import { scoreSentiment, type SentimentLabel } from '../sentiment/index.ts';
import type { Intent, ItemExplanation } from '../types.ts';
import { classifyIntent } from './intent.ts';
import { keyPhrases } from './key-phrases.ts';
import { detectLanguage } from './language.ts';

export { classifyIntent } from './intent.ts';
export { detectLanguage } from './language.ts';
export { keyPhrases } from './key-phrases.ts';

export interface Enrichment {
  language: string;
  sentiment: number;
  sentimentLabel: SentimentLabel;
  intent: Intent;
  keyPhrases: string[];
  explanation: ItemExplanation;
}

/** Everything Hearth works out about a mention on its way in; pure, so bulk work can batch it. */
export function enrichMention(title: string | null | undefined, body: string): Enrichment {
  const text = title ? `${title}\n${body}` : body;
  const sentiment = scoreSentiment(text);
  const intent = classifyIntent(text, sentiment.score);
  const language = detectLanguage(text);
  return {
    language,
    sentiment: sentiment.score,
    sentimentLabel: sentiment.label,
    intent: intent.intent,
    keyPhrases: keyPhrases(text, language),
    explanation: {
      sentimentDrivers: sentiment.drivers.slice(0, 8),
      intentCue: intent.cue,
      routedBecause: null,
    },
  };
}

/**
 * What the listening classifier makes of any text, as it would of a mention: its intent and key
 * phrases. For reports that read other channels' words (an inbox message, a forum thread).
 */
export function intentAndPhrases(
  title: string | null | undefined,
  body: string,
): { intent: Intent; keyPhrases: string[] } {
  const { intent, keyPhrases } = enrichMention(title, body);
  return { intent, keyPhrases };
}
