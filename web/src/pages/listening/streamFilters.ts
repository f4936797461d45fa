// The stream's search and filters live in the address (?q=&rule=&source=&intent=&sentiment=&lang=&routed=):
// a filtered stream can be bookmarked and shared, and Back undoes a filter.
import { INTENTS, SENTIMENT_LABELS } from '../../api/listening.ts';
import type { StreamFilters } from '../../api/listening.ts';
import { isUuid } from '../../lib/validation.ts';

/** The address's names for the API's filters. */
const PARAMS: readonly [keyof StreamFilters, string][] = [
  ['q', 'q'],
  ['ruleId', 'rule'],
  ['sourceId', 'source'],
  ['intent', 'intent'],
  ['sentiment', 'sentiment'],
  ['language', 'lang'],
  ['routed', 'routed'],
];

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters a query string names; values the server would refuse are left out. */
export function readStreamFilters(params: URLSearchParams): StreamFilters {
  const id = (name: string) => {
    const value = params.get(name)?.trim();
    return value && isUuid(value) ? value.toLowerCase() : undefined;
  };
  const language = params.get('lang')?.trim().toLowerCase();
  const routed = params.get('routed');
  return compactStreamFilters({
    q: params.get('q')?.trim().slice(0, 2000) || undefined,
    ruleId: id('rule'),
    sourceId: id('source'),
    intent: oneOf(INTENTS, params.get('intent')),
    sentiment: oneOf(SENTIMENT_LABELS, params.get('sentiment')),
    language: language && /^[a-z]{3}$/.test(language) ? language : undefined,
    routed: routed === 'yes' || routed === 'no' ? routed : undefined,
  });
}

/** Without empty keys, in one order: equal filters share one cache entry. */
export function compactStreamFilters(filters: StreamFilters): StreamFilters {
  const compact: StreamFilters = {};
  for (const [key] of PARAMS) {
    const value = filters[key];
    if (value !== undefined && value !== '') Object.assign(compact, { [key]: value });
  }
  return compact;
}

export function streamSearch(filters: StreamFilters): string {
  const params = new URLSearchParams();
  for (const [key, name] of PARAMS) {
    const value = filters[key];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Whether a search or a filter narrows the stream. */
export function isNarrowed(filters: StreamFilters): boolean {
  return Object.keys(compactStreamFilters(filters)).length > 0;
}
