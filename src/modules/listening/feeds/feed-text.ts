import sanitizeHtml from 'sanitize-html';

/** The longest item text Hearth keeps; a feed that puts whole books in its items is cut here. */
export const MAX_TEXT_LENGTH = 20_000;

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// One pass, so `&amp;lt;` becomes `&lt;` and not `<`: each level of escaping is undone exactly once.
const entityPattern = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,4}));/g;

function codePointText(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

/**
 * Undoes XML escaping. The parser runs with entity processing off (so a hostile DOCTYPE cannot make
 * it expand anything); the five predefined entities and character references are decoded here.
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(entityPattern, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return codePointText(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
    return xmlEntities[name ?? ''] ?? whole;
  });
}

/**
 * The text of raw element content as the parser keeps it for stop nodes: CDATA sections verbatim,
 * everything between them XML-decoded, in document order.
 */
export function unwrapXmlText(raw: string): string {
  const parts: string[] = [];
  let position = 0;
  while (position < raw.length) {
    const open = raw.indexOf('<![CDATA[', position);
    if (open === -1) break;
    const close = raw.indexOf(']]>', open + 9);
    parts.push(decodeXmlEntities(raw.slice(position, open)));
    parts.push(raw.slice(open + 9, close === -1 ? raw.length : close));
    position = close === -1 ? raw.length : close + 3;
  }
  parts.push(decodeXmlEntities(raw.slice(position)));
  return parts.join('');
}

/** Collapses runs of whitespace (including no-break spaces) to one space, trims, and caps the length. */
export function tidyText(text: string, maxLength = MAX_TEXT_LENGTH): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= maxLength) return collapsed;
  // Do not leave half of a surrogate pair at the cut.
  const end = /[\uD800-\uDBFF]/.test(collapsed.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  return collapsed.slice(0, end).trimEnd();
}

// Elements that separate words when rendered; dropping them silently would glue words together.
const blockTags =
  /<(?=\/?(?:p|div|br|hr|li|ul|ol|dd|dt|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|figure|figcaption|img)\b)/gi;

const htmlEscapes: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

const stripAll: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  // Their content is code or chrome, not words anyone wrote.
  nonTextTags: ['script', 'style', 'noscript', 'template', 'textarea', 'option', 'title'],
};

/**
 * Plain text of untrusted HTML. A real HTML tokenizer (sanitize-html, on htmlparser2) rather than
 * regular expressions: it copes with broken markup, decodes every named entity, and runs in linear
 * time on hostile input.
 */
export function htmlToPlainText(html: string, maxLength = MAX_TEXT_LENGTH): string {
  const text = sanitizeHtml(html.replace(blockTags, ' <'), stripAll).replace(
    /&(?:amp|lt|gt|quot);/g,
    (escape) => htmlEscapes[escape] ?? escape,
  );
  return tidyText(text, maxLength);
}
