import { baseValence } from './base-valence.ts';
import {
  contrasts,
  deviceHeat,
  emoticons,
  heatLeadIns,
  intensifiers,
  negators,
  valenceOverrides,
} from './lexicon.ts';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentDriver {
  /** The word (or emoticon, emoji) as written. */
  word: string;
  /** Its share of the score, after negation, intensifiers, contrast and emphasis: drivers sum to `score`. */
  weight: number;
}

export interface SentimentResult {
  /** −1 (very negative) … 1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** The words that drove the score, strongest first. */
  drivers: SentimentDriver[];
}

/** The tuning knobs, calibrated on human-rated texts (see eval/sentiment.ts). */
export interface SentimentParams {
  /** A negated word keeps this share of its valence, with the sign flipped. */
  negation: number;
  /** How many words back a negator or intensifier reaches. */
  window: number;
  /** An ALL-CAPS word in a text that is not all caps counts this much more. */
  caps: number;
  /** A stretched word ("sooo goood") counts this much more. */
  elongation: number;
  /** Weights of what comes before and after the last contrast word ("but"). */
  beforeContrast: number;
  afterContrast: number;
  /** Added per "!" (up to 4) in the direction of the text. */
  exclamation: number;
  /** score = sum / sqrt(sum² + alpha). */
  alpha: number;
  /** |score| below this is neutral. */
  neutral: number;
}

export const defaultParams: SentimentParams = {
  negation: 0.75,
  window: 3,
  caps: 0.5,
  elongation: 0.2,
  beforeContrast: 0.5,
  afterContrast: 1,
  exclamation: 0.2,
  alpha: 2,
  neutral: 0.1,
};

const tokenPattern =
  /https?:\/\/\S+|www\.\S+|@\w+|<\/?3|[:;=][-'^o]?[()[\]dDpP/\\|*]|[)(][-'^o]?[:;=]|[xX][dD]\b|\p{L}[\p{L}\p{N}'’]*|\p{N}+(?:[.,]\p{N}+)*|\p{Extended_Pictographic}|!|\?|[.,;:]/gu;

interface Token {
  text: string;
  lower: string;
  kind: 'word' | 'emoticon' | 'emoji' | 'bang' | 'question' | 'stop' | 'skip';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const first = raw.charCodeAt(0);
    let kind: Token['kind'];
    if (raw === '!') kind = 'bang';
    else if (raw === '?') kind = 'question';
    else if (raw === '.' || raw === ',' || raw === ';' || raw === ':') kind = 'stop';
    else if (raw.startsWith('http') || raw.startsWith('www.') || first === 64 /* @ */) kind = 'skip';
    else if (emoticons.has(raw.toLowerCase())) kind = 'emoticon';
    else if (/^\p{Extended_Pictographic}$/u.test(raw)) kind = 'emoji';
    else if (/^\p{N}/u.test(raw)) kind = 'skip';
    else kind = 'word';
    const lower = kind === 'word' ? raw.toLowerCase().replace(/['’]/g, '') : raw.toLowerCase();
    tokens.push({ text: raw, lower, kind });
  }
  return tokens;
}

const stretched = /(\p{L})\1{2,}/u;

function wordValence(lower: string): { valence: number; stretched: boolean } {
  const own = valenceOverrides.get(lower);
  if (own !== undefined) return { valence: own, stretched: false };
  const direct = baseValence(lower);
  if (direct !== 0 || !stretched.test(lower)) return { valence: direct, stretched: false };
  // "goooood": try the letters doubled, then single
  const doubled = lower.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const single = lower.replace(/(\p{L})\1{2,}/gu, '$1');
  const valence =
    valenceOverrides.get(doubled) ??
    valenceOverrides.get(single) ??
    (baseValence(doubled) || baseValence(single));
  return { valence, stretched: valence !== 0 };
}

/**
 * A device's temperature rather than praise: "running hot", "too warm", "really hot" (an
 * intensifier may sit between), or "hot/warm to (the) touch".
 */
function isDeviceHeat(tokens: readonly Token[], i: number): boolean {
  if (!deviceHeat.words.has((tokens[i] as Token).lower)) return false;
  const next = tokens[i + 1]?.lower;
  const touch = next === 'to' && (tokens[i + 2]?.lower === 'touch' || tokens[i + 3]?.lower === 'touch');
  if (touch) return true;
  for (let back = 1; back <= 2; back += 1) {
    const before = tokens[i - back];
    if (!before || before.kind !== 'word') return false;
    if (heatLeadIns.has(before.lower)) return true;
    if (!intensifiers.has(before.lower)) return false;
  }
  return false;
}

/** "not", "never", "without"…, and any "…n't" ("wouldn't", "ain't"). */
function isNegator(token: Token): boolean {
  return negators.has(token.lower) || /n['’]t$/i.test(token.text);
}

/** The label of a score: within ±`neutral` of 0 is neutral. */
export function sentimentLabelOf(score: number, neutral = defaultParams.neutral): SentimentLabel {
  return score >= neutral ? 'positive' : score <= -neutral ? 'negative' : 'neutral';
}

/** Scores one text with the given knobs; `scoreSentiment` uses the calibrated defaults. */
export function scoreWith(text: string, params: SentimentParams): SentimentResult {
  const tokens = tokenize(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 0 && letters === letters.toUpperCase();
  const weights = new Array<number>(tokens.length).fill(0);
  let lastContrast = -1;
  let bangs = 0;

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind === 'bang') {
      bangs += 1;
      continue;
    }
    if (token.kind === 'word' && contrasts.has(token.lower)) {
      lastContrast = i;
      continue;
    }
    let valence = 0;
    let boost = 1;
    if (token.kind === 'emoticon') valence = emoticons.get(token.lower) ?? 0;
    else if (token.kind === 'emoji') valence = baseValence(token.text);
    else if (token.kind === 'word') {
      if (isNegator(token) || intensifiers.has(token.lower)) continue;
      const found = isDeviceHeat(tokens, i)
        ? { valence: deviceHeat.valence, stretched: false }
        : wordValence(token.lower);
      valence = found.valence;
      if (found.stretched) boost += params.elongation;
      if (!shouting && token.text.length > 1 && token.text === token.text.toUpperCase()) boost += params.caps;
    }
    if (valence === 0) continue;

    // look back over the same clause for intensifiers and negators
    let negated = false;
    for (let back = 1; back <= params.window; back += 1) {
      const before = tokens[i - back];
      if (!before || before.kind === 'stop' || before.kind === 'bang' || before.kind === 'question') break;
      if (before.kind !== 'word') continue;
      const decay = 1 - 0.1 * (back - 1);
      const intensity = intensifiers.get(before.lower);
      if (intensity !== undefined) boost += intensity * decay;
      else if (isNegator(before)) negated = true;
    }
    let weight = valence * Math.max(0, boost);
    if (negated) weight *= -params.negation;
    weights[i] = weight;
  }

  if (lastContrast >= 0) {
    for (let i = 0; i < weights.length; i += 1)
      weights[i] = (weights[i] as number) * (i < lastContrast ? params.beforeContrast : params.afterContrast);
  }
  let sum = 0;
  for (const weight of weights) sum += weight;
  const emphasis = sum === 0 ? 0 : Math.sign(sum) * params.exclamation * Math.min(4, bangs);
  const total = sum + emphasis;
  const score = total === 0 ? 0 : total / Math.sqrt(total * total + params.alpha);
  const label = sentimentLabelOf(score, params.neutral);

  const drivers: SentimentDriver[] = [];
  if (total !== 0) {
    const share = score / total;
    weights.forEach((weight, i) => {
      if (weight === 0) return;
      // the "!" emphasis is spread over the words in proportion to their weight
      const adjusted = sum === 0 ? weight : weight * (total / sum);
      drivers.push({ word: (tokens[i] as Token).text, weight: round(adjusted * share) });
    });
    drivers.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  }
  return { score: round(score), label, drivers };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
