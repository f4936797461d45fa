import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in a post is shown as text (html: false); the sanitiser below is the second wall, in
// case a Markdown construct ever produces something it should not.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });
markdown.core.ruler.push('mentions', linkMentions);

const alignClasses = ['align-left', 'align-center', 'align-right'];

/** The page's CSP allows no inline styles, so a table column's alignment travels as a class. */
function alignAsClass(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const align = /^text-align:(left|right|center)$/.exec(attribs.style ?? '')?.[1];
  return { tagName, attribs: align ? { class: `align-${align}` } : {} };
}

const allowlist: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'class'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['class'],
    td: ['class'],
  },
  allowedClasses: { a: ['mention'], th: alignClasses, td: alignClasses },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // A post's own headings sit below the page's h1: # becomes h2, and deeper levels stop at h4.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener noreferrer' }),
    th: alignAsClass,
    td: alignAsClass,
  },
};

/** Markdown from a member, as HTML that is safe to put in a page. Rendered once, when it is written. */
export function renderMarkdown(source: string, options: { mentionable?: ReadonlySet<string> } = {}): string {
  const env: MentionEnv = { mentionable: options.mentionable ?? new Set() };
  return sanitizeHtml(markdown.render(source, env), allowlist);
}

/** Plain text of rendered HTML, for search and previews. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h\d|pre|blockquote|tr)>/g, '$&\n'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

const mentionPattern = /(^|[^\w@/])@([a-z0-9_]{3,30})\b/gi;

/** The @handles a text names (lower-cased, outside code), before anyone checks they exist. */
export function mentionCandidates(source: string): string[] {
  const withoutCode = source.replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ');
  return [
    ...new Set([...withoutCode.matchAll(mentionPattern)].map((match) => (match[2] ?? '').toLowerCase())),
  ];
}

/** What the new-member sandbox counts in a rendered post. */
export function countLinksAndImages(html: string): { links: number; images: number; mentions: number } {
  const mentions = (html.match(/<a [^>]*class="mention"/g) ?? []).length;
  return {
    links: (html.match(/<a /g) ?? []).length - mentions,
    images: (html.match(/<img /g) ?? []).length,
    mentions,
  };
}

interface MentionEnv {
  [key: string | symbol]: unknown;
  mentionable: ReadonlySet<string>;
}

/** Turns @handle into a link to the person's profile, when that person exists; never inside links or code. */
function linkMentions(state: StateCore): void {
  const env = state.env as Partial<MentionEnv>;
  if (!env.mentionable || env.mentionable.size === 0) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let insideLink = 0;
    const children: Token[] = [];
    for (const token of block.children) {
      if (token.type === 'link_open') insideLink += 1;
      if (token.type === 'link_close') insideLink -= 1;
      if (token.type !== 'text' || insideLink > 0) children.push(token);
      else children.push(...splitMentions(state, token, env.mentionable));
    }
    block.children = children;
  }
}

function splitMentions(state: StateCore, token: Token, mentionable: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  let rest = 0;
  const text = token.content;
  for (const match of text.matchAll(mentionPattern)) {
    const [, before = '', handle = ''] = match;
    if (!mentionable.has(handle.toLowerCase())) continue;
    const start = match.index + before.length;
    out.push(textToken(state, text.slice(rest, start)));
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [
      ['href', `/people/${encodeURIComponent(handle.toLowerCase())}`],
      ['class', 'mention'],
    ];
    out.push(open, textToken(state, `@${handle}`), new state.Token('link_close', 'a', -1));
    rest = start + handle.length + 1;
  }
  if (rest === 0) return [token];
  out.push(textToken(state, text.slice(rest)));
  return out;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}
