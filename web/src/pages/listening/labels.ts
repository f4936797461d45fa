// The words listening shows for the API's values, in one place.
import type {
  InboxMode,
  Intent,
  ListeningAlert,
  ListeningItem,
  RuleCategory,
  SentimentLabel,
  Sensitivity,
  SourceHealth,
  SourceKind,
} from '../../api/listening.ts';
import type { BadgeTone } from '../../components/Bits.tsx';

export const INTENT_LABELS: Record<Intent, string> = {
  question: 'Question',
  complaint: 'Complaint',
  praise: 'Praise',
  idea: 'Idea',
  bug: 'Bug report',
  other: 'Other',
};

export const SENTIMENT_WORDS: Record<SentimentLabel, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/** A score from −1 to 1 with its sign: "+0.62", "−0.41", "0.00". */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 100) / 100;
  const text = Math.abs(rounded).toFixed(2);
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `−${text}`;
  return text;
}

/** "62%" from 0.62; "—" when unknown. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  } catch {
    return null;
  }
})();

/** "Spanish" for `spa`; "Language not recognised" for `und`. */
export function languageName(code: string): string {
  if (code === 'und') return 'Language not recognised';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages offered by the stream's filter (any other one can still come from the address). */
export const COMMON_LANGUAGES: readonly string[] = [
  'eng',
  'spa',
  'fra',
  'deu',
  'por',
  'ita',
  'nld',
  'pol',
  'tur',
  'jpn',
  'und',
];

/** "Dana Reyes (@dana)", "@dana", "Dana Reyes" or "Someone". */
export function authorLabel(author: ListeningItem['author']): string {
  const handle = author.handle ? `@${author.handle.replace(/^@/, '')}` : null;
  if (author.name && handle) return `${author.name} (${handle})`;
  return author.name ?? handle ?? 'Someone';
}

/** Only http(s) addresses become links: a feed could send anything. */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

export const CATEGORY_OPTIONS: readonly { value: RuleCategory; label: string; description: string }[] = [
  { value: 'brand', label: 'Brand', description: 'Your name and its spellings.' },
  { value: 'product', label: 'Product', description: 'One of your products or features.' },
  { value: 'competitor', label: 'Competitor', description: 'Someone else’s brand, to compare.' },
  { value: 'topic', label: 'Topic', description: 'A subject people talk about.' },
];

export function categoryLabel(category: RuleCategory): string {
  return CATEGORY_OPTIONS.find((option) => option.value === category)?.label ?? category;
}

export const INBOX_MODE_OPTIONS: readonly { value: InboxMode; label: string; description: string }[] = [
  {
    value: 'needs_answer',
    label: 'What needs an answer',
    description:
      'Complaints, questions and negative mentions (as chosen in Listening › Settings) become inbox conversations.',
  },
  { value: 'all', label: 'Everything it matches', description: 'Every matching mention goes to the inbox.' },
  { value: 'never', label: 'Nothing', description: 'Matching mentions stay in the stream.' },
];

export const INBOX_MODE_SHORT: Record<InboxMode, string> = {
  needs_answer: 'What needs an answer',
  all: 'Everything',
  never: 'Nothing',
};

export const SENSITIVITY_OPTIONS: readonly { value: Sensitivity; label: string }[] = [
  { value: 'low', label: 'Low: only large spikes' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High: smaller spikes too' },
];

export const SENSITIVITY_LABELS: Record<Sensitivity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const SOURCE_KIND_OPTIONS: readonly { value: SourceKind; label: string; description: string }[] = [
  {
    value: 'webhook',
    label: 'Webhook',
    description: 'Another system posts mentions to Hearth, signed with a secret.',
  },
  { value: 'rss', label: 'RSS or Atom feed', description: 'Hearth reads a feed every few minutes.' },
  {
    value: 'email',
    label: 'Email',
    description: 'Forward alerts or newsletters to an address Hearth gives you.',
  },
  { value: 'import', label: 'Import', description: 'Load a CSV or JSON-lines file of mentions.' },
];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  webhook: 'Webhook',
  rss: 'Feed',
  email: 'Email',
  import: 'Import',
};

export const HEALTH: Record<SourceHealth, { label: string; tone: BadgeTone; description: string }> = {
  new: { label: 'New', tone: 'accent', description: 'Not read yet.' },
  healthy: { label: 'Healthy', tone: 'success', description: 'Mentions arrive.' },
  failing: { label: 'Failing', tone: 'danger', description: 'The last attempts to read it failed.' },
  stale: { label: 'Stale', tone: 'warning', description: 'Not read successfully for a while.' },
  idle: { label: 'Idle', tone: 'neutral', description: 'Nothing received yet.' },
};

export function measureLabel(measure: ListeningAlert['measure']): string {
  return measure === 'negativity' ? 'Negativity' : 'Volume';
}

/** "Mentions of "Lumo"" or "Negative mentions of everything watched". */
export function alertHeadline(alert: Pick<ListeningAlert, 'measure' | 'label'>): string {
  return `${alert.measure === 'negativity' ? 'Negative mentions' : 'Mentions'} of ${alert.label}`;
}

/** "48 in 5 min, about 2 expected". */
export function alertNumbers(alert: Pick<ListeningAlert, 'observed' | 'expected'>): string {
  const expected = Math.round(alert.expected * 10) / 10;
  return `${Math.round(alert.observed)} in 5 min, about ${expected.toLocaleString()} expected`;
}

/** The strength as a multiple of the bar an alert must reach (1 = just reached it). */
export function formatStrength(strength: number): string {
  return `${(Math.round(strength * 10) / 10).toLocaleString()}× the bar`;
}

/** A width class (`bar-w-0` … `bar-w-100`, in steps of 5): the CSP refuses style attributes. */
export function barWidthClass(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const step = Math.round(clamped * 20) * 5;
  return `bar-w-${step === 0 && clamped > 0 ? 5 : step}`;
}
