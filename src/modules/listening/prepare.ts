import { createHash } from 'node:crypto';
import { newId } from '../../core/ids.ts';
import { enrichMention } from './enrich/index.ts';
import type { NewItem } from './queries/items.ts';
import { matchesWatchQuery, prepareMatchDoc, type CompiledQuery } from './query/index.ts';
import type { IncomingMention } from './types.ts';

export const maxBodyChars = 20_000;
const maxTitleChars = 500;
const maxFieldChars = 200;
/** Clocks disagree; a mention "from the future" beyond this is taken as arriving now. */
const futureSlackMs = 5 * 60_000;

/** Control characters other than tab and newline, and lone surrogates, never reach storage. */
function clean(text: string, limit: number): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .trim()
      .slice(0, limit)
  );
}

function optional(text: string | null | undefined, limit = maxFieldChars): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = clean(text, limit);
  return cleaned === '' ? null : cleaned;
}

/** The same page under different tracking parameters or a fragment is one mention. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()])
    if (/^(utm_|fbclid$|gclid$|ref$|ref_src$)/i.test(key)) url.searchParams.delete(key);
  const text = url.toString();
  return text.length > 2_000 ? null : text.replace(/\/$/, '');
}

function platformOf(mention: IncomingMention, fallback: string): string {
  const platform = mention.platform?.trim().toLowerCase();
  return platform && /^[a-z0-9][a-z0-9_.-]{0,39}$/.test(platform) ? platform : fallback;
}

/**
 * The key a mention is stored once under: the platform's own id, else its canonical URL, else a
 * hash of who said what (and when, when the source says when).
 */
export function dedupeKey(
  mention: IncomingMention,
  platform: string,
  url: string | null,
  body: string,
): string {
  const externalId = optional(mention.externalId, 300);
  if (externalId) return `x:${platform}:${externalId}`;
  if (url) return `u:${url}`;
  const author = mention.author?.handle ?? mention.author?.email ?? mention.author?.name ?? '';
  const when = mention.publishedAt ? mention.publishedAt.toISOString() : '';
  const digest = createHash('sha256').update(`${platform}\n${author}\n${when}\n${body}`).digest('base64url');
  return `h:${digest}`;
}

function publishedAt(mention: IncomingMention, now: Date): Date {
  const at = mention.publishedAt;
  if (!at || Number.isNaN(at.getTime())) return now;
  return at.getTime() > now.getTime() + futureSlackMs ? now : at;
}

/** A mention ready to store; `row.ruleIds` are the watch rules it matches. */
export interface PreparedMention {
  row: NewItem;
  /** The author's email, lower-case, to link to an account. */
  email: string | null;
}

/** What preparing needs to know of the source. */
export interface PrepareSource {
  id: string;
  name: string;
  kind: string;
  platform: string;
}

/** A watch rule as matching needs it. */
export interface RuleMatcher {
  id: string;
  compiled: CompiledQuery;
}

/**
 * Everything about one mention that needs no database: cleaned, keyed, enriched, matched. Pure
 * (but for the new id), so it runs on a worker thread as well as here.
 */
export function prepareMention(
  mention: IncomingMention,
  source: PrepareSource,
  rules: readonly RuleMatcher[],
  now: Date,
): PreparedMention | null {
  const body = clean(mention.text, maxBodyChars);
  const title = optional(mention.title, maxTitleChars);
  if (body === '' && title === null) return null;
  const platform = platformOf(mention, source.platform);
  const url = canonicalUrl(mention.url);
  const email = optional(mention.author?.email)?.toLowerCase() ?? null;
  const enrichment = enrichMention(title, body);
  const authorName = optional(mention.author?.name);
  const authorHandle = optional(mention.author?.handle)?.replace(/^@+/, '') || null;
  const doc = prepareMatchDoc({
    title,
    text: body,
    source: source.name,
    sourceKind: source.kind,
    lang: enrichment.language,
    author: [authorName, authorHandle ? `@${authorHandle}` : null].filter(Boolean).join(' '),
    intent: enrichment.intent,
    sentiment: enrichment.sentimentLabel,
    platform,
    url,
  });
  const matched = rules.filter((rule) => matchesWatchQuery(rule.compiled, doc));
  return {
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null,
    row: {
      id: newId(),
      sourceId: source.id,
      dedupeKey: dedupeKey(mention, platform, url, `${title ?? ''}\n${body}`),
      url,
      title,
      body,
      authorName,
      authorHandle,
      authorEmail: email,
      memberId: null,
      platform,
      publishedAt: publishedAt(mention, now),
      receivedAt: now,
      language: enrichment.language,
      sentiment: enrichment.sentiment,
      sentimentLabel: enrichment.sentimentLabel,
      intent: enrichment.intent,
      keyPhrases: enrichment.keyPhrases,
      explanation: enrichment.explanation,
      ruleIds: matched.map((rule) => rule.id),
      conversationId: null,
    },
  };
}
