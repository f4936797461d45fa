import { franc } from 'franc-min';

/**
 * The languages Hearth tells apart. Fewer candidates make franc faster and, on the short texts
 * of mentions, less likely to pick a rare language that shares a few trigrams.
 */
const candidates = [
  'eng',
  'spa',
  'fra',
  'deu',
  'por',
  'ita',
  'nld',
  'pol',
  'tur',
  'rus',
  'ukr',
  'jpn',
  'cmn',
  'kor',
  'arb',
  'hin',
  'ind',
  'vie',
  'swe',
  'dan',
  'nob',
  'fin',
  'ces',
  'ron',
  'hun',
  'ell',
  'heb',
  'tha',
];

/**
 * Short English texts are where trigram statistics are weakest and English is most common: when
 * enough of the words are English function words, that settles it without franc.
 */
const englishWords = new Set(
  // Only words that are rare outside English: "a", "no", "me", "in", "is", "he", "on", "i" and the
  // like are everyday words in Spanish, Dutch, French or Italian too.
  (
    'the and of to for with from by are was were been you she it we they my your our their this that ' +
    'these those not does did have has had can could will would should just what why how when where who ' +
    'which there here him them its about after before any some more most very too also than then ' +
    'over again only own same into but get got really'
  ).split(' '),
);

const wordPattern = /[\p{L}']+/gu;

function looksEnglish(text: string): boolean {
  let words = 0;
  let english = 0;
  for (const match of text.toLowerCase().matchAll(wordPattern)) {
    words += 1;
    if (englishWords.has(match[0])) english += 1;
    if (words >= 40) break;
  }
  return english >= 2 && english / Math.max(1, words) >= 0.15;
}

/** ISO 639-3 code of the text's language, or `und` when it is too short or unclear. */
export function detectLanguage(text: string): string {
  if (looksEnglish(text)) return 'eng';
  return franc(text.slice(0, 600), { minLength: 12, only: candidates });
}
