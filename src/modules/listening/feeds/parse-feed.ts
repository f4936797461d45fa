import { XMLParser } from 'fast-xml-parser';
import { parseFeedDate } from './feed-dates.ts';
import { decodeXmlEntities, htmlToPlainText, tidyText, unwrapXmlText } from './feed-text.ts';

export interface FeedItem {
  externalId: string | null;
  url: string | null;
  title: string | null;
  text: string;
  author: string | null;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

export type ParseFeedResult = ParsedFeed | { error: string };

export interface ParseFeedOptions {
  /** The address the feed was fetched from, so relative item links can be made absolute. */
  baseUrl?: string | null;
}

/** Items beyond this are dropped (the first ones are kept: feeds list the newest first). */
export const MAX_FEED_ITEMS = 1_000;

export const NOT_A_FEED_ERROR = 'This is not an RSS or Atom feed.';
export const FEED_ENTITIES_ERROR = 'The feed declares its own XML entities, which Hearth does not expand.';

// Bounds on the short fields, so one hostile item cannot put a megabyte into a title column.
const MAX_TITLE_LENGTH = 1_000;
const MAX_AUTHOR_LENGTH = 200;
const MAX_ID_LENGTH = 2_000;
const MAX_URL_LENGTH = 2_000;

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  // Entity expansion is the billion-laughs vector; decoding of the predefined entities is done by hand.
  processEntities: false,
  htmlEntities: false,
  // Keep every value a string: a guid of "0012" must not turn into the number 12.
  parseTagValue: false,
  parseAttributeValue: false,
  // Kept raw so CDATA and escaped HTML stay in document order and Atom xhtml content stays markup.
  stopNodes: ['*.title', '*.description', '*.content:encoded', '*.content', '*.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The element's own text, whether it is a bare string or sits beside attributes as `#text`. */
function rawText(value: unknown): string | null {
  const node = first(value);
  if (typeof node === 'string') return node;
  if (isNode(node)) return typeof node['#text'] === 'string' ? node['#text'] : '';
  return null;
}

function attribute(value: unknown, name: string): string | null {
  const node = first(value);
  const found = isNode(node) ? node[`@_${name}`] : undefined;
  return typeof found === 'string' ? found : null;
}

function plain(value: unknown, maxLength = MAX_TITLE_LENGTH): string | null {
  const raw = rawText(value);
  return raw === null ? null : tidyText(decodeXmlEntities(raw), maxLength) || null;
}

/** RSS text is HTML by convention; Atom says which it is in `type` (text unless told otherwise). */
function richText(value: unknown, atom: boolean, maxLength?: number): string {
  const raw = rawText(value);
  if (raw === null) return '';
  const type = atom ? (attribute(value, 'type') ?? 'text').toLowerCase() : 'html';
  if (type.includes('xhtml')) return htmlToPlainText(raw, maxLength);
  if (type.includes('html')) return htmlToPlainText(unwrapXmlText(raw), maxLength);
  return tidyText(unwrapXmlText(raw), maxLength);
}

function firstText(values: unknown[], atom: boolean): string {
  for (const value of values) {
    const text = richText(value, atom);
    if (text) return text;
  }
  return '';
}

/** Only absolute http(s) links survive: a `javascript:` link in a feed must never reach an href. */
function httpUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.href.length <= MAX_URL_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}

/** Applies `xml:base` on top of the fetch address, as Atom allows. */
function withXmlBase(base: string | null, node: XmlNode): string | null {
  const xmlBase = attribute(node, 'xml:base');
  if (!xmlBase) return base;
  return httpUrl(xmlBase, base) ?? base;
}

function rssItem(item: XmlNode, base: string | null): FeedItem {
  const guid = first(item.guid);
  const guidText = plain(guid, MAX_ID_LENGTH + 1);
  const externalId = guidText ?? plain(attribute(item, 'rdf:about'), MAX_ID_LENGTH + 1);
  // A guid is a permalink unless it says otherwise; only an absolute one can stand in for the link.
  const permalink = attribute(guid, 'isPermaLink') === 'false' ? null : httpUrl(guidText, null);
  return {
    externalId: externalId && externalId.length <= MAX_ID_LENGTH ? externalId : null,
    url: httpUrl(plain(item.link, MAX_URL_LENGTH + 1), base) ?? permalink,
    title: richText(item.title, false, MAX_TITLE_LENGTH) || null,
    text: firstText([item['content:encoded'], item.description], false),
    author: plain(item.author, MAX_AUTHOR_LENGTH) ?? plain(item['dc:creator'], MAX_AUTHOR_LENGTH),
    publishedAt: parseFeedDate(plain(item.pubDate)) ?? parseFeedDate(plain(item['dc:date'])),
  };
}

function atomLink(links: unknown, base: string | null): string | null {
  for (const link of all(links)) {
    const rel = attribute(link, 'rel');
    if (rel !== null && rel !== 'alternate') continue;
    const url = httpUrl(attribute(link, 'href'), base);
    if (url) return url;
  }
  return null;
}

function atomAuthor(authors: unknown): string | null {
  const author = first(authors);
  return isNode(author) ? plain(author.name, MAX_AUTHOR_LENGTH) : null;
}

function atomEntry(entry: XmlNode, feedAuthor: string | null, feedBase: string | null): FeedItem {
  const id = plain(entry.id, MAX_ID_LENGTH + 1);
  return {
    externalId: id && id.length <= MAX_ID_LENGTH ? id : null,
    url: atomLink(entry.link, withXmlBase(feedBase, entry)),
    title: richText(entry.title, true, MAX_TITLE_LENGTH) || null,
    text: firstText([entry.content, entry.summary], true),
    // An entry without its own author inherits the feed's, as the Atom spec says.
    author: atomAuthor(entry.author) ?? feedAuthor,
    publishedAt:
      parseFeedDate(plain(entry.published)) ??
      parseFeedDate(plain(entry.updated)) ??
      parseFeedDate(plain(entry['dc:date'])),
  };
}

function isWorthKeeping(item: FeedItem): boolean {
  return Boolean(item.externalId || item.url || item.title || item.text);
}

function nodes(value: unknown): XmlNode[] {
  return all(value).filter(isNode).slice(0, MAX_FEED_ITEMS);
}

function readFeed(doc: XmlNode, base: string | null): ParsedFeed | null {
  const rss = first(doc.rss);
  if (isNode(rss)) {
    const channel = first(rss.channel);
    if (!isNode(channel)) return null;
    const items = nodes(channel.item).map((item) => rssItem(item, base));
    return { title: richText(channel.title, false, MAX_TITLE_LENGTH) || null, items };
  }
  const rdf = first(doc['rdf:RDF']);
  if (isNode(rdf)) {
    const channel = first(rdf.channel);
    if (!isNode(channel) && rdf.item === undefined) return null;
    const title = isNode(channel) ? richText(channel.title, false, MAX_TITLE_LENGTH) || null : null;
    return { title, items: nodes(rdf.item).map((item) => rssItem(item, base)) };
  }
  const feed = first(doc.feed);
  if (isNode(feed)) {
    const feedBase = withXmlBase(base, feed);
    const author = atomAuthor(feed.author);
    const items = nodes(feed.entry).map((entry) => atomEntry(entry, author, feedBase));
    return { title: richText(feed.title, true, MAX_TITLE_LENGTH) || null, items };
  }
  return null;
}

/**
 * Whether the document's DOCTYPE has an internal subset that declares entities. Refused outright:
 * the parser would not expand them (entity processing is off), but a feed that needs them would
 * come out garbled, and one that abuses them is hostile. Quoted literals and comments are skipped,
 * so a `]>` hidden in them cannot end the subset early and smuggle a declaration past this check.
 */
export function declaresXmlEntities(xml: string): boolean {
  const start = xml.search(/<!DOCTYPE/i);
  // A DOCTYPE after the first element is text, not a declaration.
  if (start === -1 || /<[A-Za-z]/.test(xml.slice(0, start))) return false;
  let inSubset = false;
  for (let i = start + 9; i < xml.length; i++) {
    const char = xml[i];
    if (char === '"' || char === "'") {
      i = xml.indexOf(char, i + 1);
    } else if (inSubset && xml.startsWith('<!--', i)) {
      i = xml.indexOf('-->', i + 4);
    } else if (inSubset && xml.startsWith('<!ENTITY', i)) {
      return true;
    } else if (char === '[') {
      inSubset = true;
    } else if (char === ']' || (char === '>' && !inSubset)) {
      return false;
    }
    // An unclosed literal or comment: the parser will reject the document anyway.
    if (i === -1) return false;
  }
  return false;
}

/** Parses RSS 2.0, RSS 1.0 (RDF) or Atom. Never throws: anything else comes back as `{ error }` in plain English. */
export function parseFeed(xml: string, options: ParseFeedOptions = {}): ParseFeedResult {
  if (declaresXmlEntities(xml)) return { error: FEED_ENTITIES_ERROR };
  let doc: unknown;
  try {
    doc = parser.parse(xml.trimStart());
  } catch {
    return { error: NOT_A_FEED_ERROR };
  }
  const feed = isNode(doc) ? readFeed(doc, options.baseUrl ?? null) : null;
  if (!feed) return { error: NOT_A_FEED_ERROR };
  return { title: feed.title, items: feed.items.filter(isWorthKeeping) };
}
