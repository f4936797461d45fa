import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

// Known ways in, gathered from public XSS cheat sheets and Markdown-specific reports.
const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x" onerror="alert(1)](https://example.org/a.png)',
  '[x](https://example.org/" onmouseover="alert(1))',
  '<javascript:alert(1)>',
  '[a][ref]\n\n[ref]: javascript:alert(1)',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '<form action="https://evil.example"><input name=x></form>',
  '<object data="javascript:alert(1)"></object>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '[x](//evil.example)',
];

// Written out again on purpose: this is the spec the renderer is held to, so widening the
// renderer's allowlist by mistake makes this test fail instead of silently agreeing.
const allowedTags = new Set([
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
]);

/** What in this HTML could run script or leave the page: checked on the parsed elements, as a browser sees them. */
function dangerous(html: string): string[] {
  const found: string[] = [];
  for (const element of DomUtils.findAll(() => true, parseDocument(html).children)) {
    if (!allowedTags.has(element.name)) found.push(`tag <${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`event handler ${name}`);
      if ((name === 'href' || name === 'src') && !/^(https?:\/\/|mailto:)/i.test(value))
        found.push(`${name}=${value}`);
      if (name === 'style') found.push(`style=${value}`);
      if (name === 'class' && !/^(mention|align-(left|right|center))$/.test(value))
        found.push(`class=${value}`);
    }
  }
  return found;
}

describe('renderMarkdown', () => {
  it.each(payloads)('neutralises %s', (payload) => {
    const html = renderMarkdown(payload);
    expect(dangerous(html), html).toEqual([]);
  });

  it('the checks above do catch unsafe HTML (they are not vacuous)', () => {
    expect(dangerous('<img src="https://a.example/x.png" onerror="alert(1)">')).toEqual([
      'event handler onerror',
    ]);
    expect(dangerous('<a href="javascript:alert(1)">x</a>')).toEqual(['href=javascript:alert(1)']);
    expect(dangerous('<script>1</script>')).toEqual(['tag <script>']);
    expect(dangerous('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual([]);
  });

  it('keeps what members write: emphasis, lists, code, quotes, tables, safe links and images', () => {
    const html = renderMarkdown(
      [
        '# Title',
        '**bold** and *em* and `code` and ~~gone~~',
        '- one\n- two',
        '> quoted',
        '| a | b |\n|:-|-:|\n| 1 | 2 |',
        'See https://example.org and [docs](https://example.org/docs "Docs").',
        '![diagram](https://example.org/d.png)',
        '```\nconst x = 1 < 2;\n```',
      ].join('\n\n'),
    );
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<td class="align-left">1</td>');
    expect(html).toContain(
      '<a href="https://example.org/docs" title="Docs" rel="nofollow ugc noopener noreferrer">docs</a>',
    );
    expect(html).toContain(
      '<a href="https://example.org" rel="nofollow ugc noopener noreferrer">https://example.org</a>',
    );
    expect(html).toContain('<img src="https://example.org/d.png" alt="diagram" />');
    expect(html).toContain('const x = 1 &lt; 2;');
  });

  it('shows raw HTML as text instead of dropping what the member wrote', () => {
    expect(renderMarkdown('Use <b>bold</b> tags')).toBe('<p>Use &lt;b&gt;bold&lt;/b&gt; tags</p>\n');
  });
});
