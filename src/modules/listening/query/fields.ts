/** Normalisation of metadata values, shared by the parser (query side) and prepareMatchDoc (item side). */

/** The 2-letter codes people actually type, mapped to the ISO 639-3 codes items are tagged with. */
const twoLetterLanguages: Readonly<Record<string, string>> = {
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  de: 'deu',
  pt: 'por',
  it: 'ita',
  nl: 'nld',
  pl: 'pol',
  tr: 'tur',
  ru: 'rus',
  uk: 'ukr',
  ja: 'jpn',
  zh: 'cmn',
  ko: 'kor',
  ar: 'arb',
  hi: 'hin',
  id: 'ind',
  vi: 'vie',
  sv: 'swe',
  da: 'dan',
  no: 'nob',
  nb: 'nob',
  fi: 'fin',
  cs: 'ces',
  ro: 'ron',
  hu: 'hun',
  el: 'ell',
  he: 'heb',
  th: 'tha',
};

/**
 * Macrolanguage codes a person may type, mapped to the individual language the detector
 * (franc) reports, so `lang:zho` is not a rule that silently never matches.
 */
const macrolanguages: Readonly<Record<string, string>> = { zho: 'cmn', ara: 'arb', nor: 'nob' };

/** A 3-letter code for `value` (`en`, `EN-us`, `eng`, `zho`), or null when it is not a language code. */
export function normalizeLang(value: string): string | null {
  const code = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(code)) return twoLetterLanguages[code] ?? null;
  if (/^[a-z]{3}$/.test(code)) return macrolanguages[code] ?? code;
  return null;
}

/** An item's language: tagged by detection, so anything unrecognised counts as undetermined. */
export function itemLang(value: string): string {
  return normalizeLang(value) ?? 'und';
}

const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//;

/**
 * The hostname of a URL or bare domain, lower-case (punycode for IDNs, as URL gives it), without
 * `www.` or a trailing dot: `site:` compares hostnames, never paths.
 */
export function hostOf(value: string): string | null {
  const trimmed = value.trim().toLowerCase().replace(/^\*\./, '');
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(hasScheme.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return host || null;
}
