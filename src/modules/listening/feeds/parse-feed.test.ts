import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-dates.ts';
import {
  FEED_ENTITIES_ERROR,
  MAX_FEED_ITEMS,
  NOT_A_FEED_ERROR,
  parseFeed,
  type ParsedFeed,
} from './index.ts';

function parsed(xml: string, baseUrl?: string): ParsedFeed {
  const result = parseFeed(xml, { baseUrl });
  if ('error' in result) throw new Error(`expected a feed, got: ${result.error}`);
  return result;
}

function rss(items: string, head = ''): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>${head}${items}</channel></rss>`;
}

const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Hearth &amp; Friends</title>
    <link>https://blog.example.com/</link>
    <atom:link href="https://blog.example.com/feed.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>Release 2.0 is out</title>
      <link>https://blog.example.com/posts/release-2?utm=rss&amp;ref=feed</link>
      <guid isPermaLink="false">post-2001</guid>
      <pubDate>Mon, 06 Jan 2025 10:30:00 +0100</pubDate>
      <dc:creator><![CDATA[Ada Lovelace]]></dc:creator>
      <description>Short &lt;b&gt;summary&lt;/b&gt;</description>
      <content:encoded><![CDATA[<p>Full <em>story</em> here.</p><script>alert("x")</script><p>Second&nbsp;paragraph &amp; &#39;quotes&#x27;</p>]]></content:encoded>
    </item>
    <item>
      <title>Second</title>
      <link>/posts/relative</link>
      <guid>https://blog.example.com/posts/second</guid>
      <author>editor@example.com (Editor)</author>
      <description>Plain text description</description>
    </item>
  </channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Example &lt;em&gt;Atom&lt;/em&gt;</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
  <author><name>Feed Owner</name></author>
  <entry>
    <title>Atom entry one</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link rel="self" href="https://example.org/api/1"/>
    <link rel="edit" href="https://example.org/edit/1"/>
    <link rel="alternate" type="text/html" href="https://example.org/2025/01/one"/>
    <link rel="enclosure" href="https://example.org/one.mp3"/>
    <published>2025-01-06T08:00:00Z</published>
    <updated>2025-01-07T08:00:00+02:00</updated>
    <author><name>Grace Hopper</name></author>
    <summary>Summary text</summary>
    <content type="html">&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;&lt;p&gt;again&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">x &lt; y</title>
    <id>tag:example.org,2025:2</id>
    <link href="https://example.org/2025/01/two"/>
    <updated>2025-01-07T08:00:00+02:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>xhtml</b></p><p>&amp; more</p></div></content>
  </entry>
  <entry>
    <id>tag:example.org,2025:3</id>
    <title>Only a summary</title>
    <summary type="text">Tags &lt;b&gt; stay text</summary>
  </entry>
</feed>`;

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://www.xml.com/xml/news.rss">
    <title>XML.com</title>
    <link>http://xml.com/pub</link>
    <items><rdf:Seq><rdf:li resource="http://xml.com/pub/2000/08/09/xslt/xslt.html"/></rdf:Seq></items>
  </channel>
  <item rdf:about="http://xml.com/pub/2000/08/09/xslt/xslt.html">
    <title>Processing Inclusions with XSLT</title>
    <link>http://xml.com/pub/2000/08/09/xslt/xslt.html</link>
    <description>Processing document inclusions with general XML tools can be problematic.</description>
    <dc:creator>Bob DuCharme</dc:creator>
    <dc:date>2000-08-09T12:00:00-05:00</dc:date>
  </item>
  <item rdf:about="http://xml.com/pub/2000/08/09/rdfdb/index.html">
    <title>Putting RDF to Work</title>
    <link>http://xml.com/pub/2000/08/09/rdfdb/index.html</link>
    <dc:date>2000-08-09</dc:date>
  </item>
</rdf:RDF>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads the channel and every field of an item', () => {
    const feed = parsed(rss2);
    expect(feed.title).toBe('Hearth & Friends');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      externalId: 'post-2001',
      url: 'https://blog.example.com/posts/release-2?utm=rss&ref=feed',
      title: 'Release 2.0 is out',
      // content:encoded wins over description; the script's content is gone.
      text: "Full story here. Second paragraph & 'quotes'",
      author: 'Ada Lovelace',
      publishedAt: new Date('2025-01-06T09:30:00Z'),
    });
    expect(feed.items[1]?.author).toBe('editor@example.com (Editor)');
    expect(feed.items[1]?.text).toBe('Plain text description');
    expect(feed.items[1]?.publishedAt).toBeNull();
  });

  it('resolves a relative link against the feed address, else falls back to a permalink guid', () => {
    expect(parsed(rss2, 'https://blog.example.com/feed.xml').items[1]?.url).toBe(
      'https://blog.example.com/posts/relative',
    );
    expect(parsed(rss2).items[1]?.url).toBe('https://blog.example.com/posts/second');
  });

  it('turns CDATA and escaped HTML in a description into plain text', () => {
    const feed = parsed(
      rss(`<item><title><![CDATA[Tom &amp; Jerry]]></title><description><![CDATA[<style>p { color: red }</style>
        <div>Caf&eacute;   <a href="x">link</a></div><div>&lt;not a tag&gt; &#x1F600; </description> inside]]> &amp;
        escaped &lt;i&gt;too&lt;/i&gt; &amp;amp;lt;</description></item>`),
    );
    expect(feed.items[0]?.title).toBe('Tom & Jerry');
    expect(feed.items[0]?.text).toBe('Café link <not a tag> 😀 inside & escaped too &lt;');
  });

  it('reads a guid with an isPermaLink attribute and uses it as the link only when it is a permalink', () => {
    const feed = parsed(
      rss(`<item><title>a</title><guid isPermaLink="true">https://x.example/a</guid></item>
        <item><title>b</title><guid isPermaLink="false">https://x.example/b</guid></item>
        <item><title>c</title><guid>0012</guid></item>`),
    );
    expect(feed.items.map((item) => [item.externalId, item.url])).toEqual([
      ['https://x.example/a', 'https://x.example/a'],
      ['https://x.example/b', null],
      ['0012', null],
    ]);
  });

  it('drops links that are not http(s) and keeps an empty channel', () => {
    const feed = parsed(rss('<item><title>x</title><link>javascript:alert(1)</link></item>'));
    expect(feed.items[0]?.url).toBeNull();
    expect(parsed(rss('')).items).toEqual([]);
  });

  it('keeps only the first 1,000 items and caps text at 20,000 characters', () => {
    const many = Array.from({ length: MAX_FEED_ITEMS + 5 }, (_, i) => `<item><guid>id-${i}</guid></item>`);
    const feed = parsed(rss(many.join('')));
    expect(feed.items).toHaveLength(1_000);
    expect(feed.items.at(-1)?.externalId).toBe('id-999');
    const long = parsed(rss(`<item><description>${'word '.repeat(10_000)}</description></item>`));
    expect(long.items[0]?.text).toHaveLength(19_999);
    expect(long.items[0]?.text.startsWith('word word')).toBe(true);
  });
});

describe('parseFeed: Atom', () => {
  it('reads entries, picking the alternate link among many', () => {
    const feed = parsed(atom);
    expect(feed.title).toBe('Example Atom');
    expect(feed.items[0]).toEqual({
      externalId: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      url: 'https://example.org/2025/01/one',
      title: 'Atom entry one',
      text: 'Hello & welcome again',
      author: 'Grace Hopper',
      publishedAt: new Date('2025-01-06T08:00:00Z'),
    });
  });

  it('handles a link without rel, xhtml content, updated as the date, and the feed author', () => {
    const [, second, third] = parsed(atom).items;
    expect(second).toMatchObject({
      url: 'https://example.org/2025/01/two',
      title: 'x < y',
      text: 'Inline xhtml & more',
      author: 'Feed Owner',
      publishedAt: new Date('2025-01-07T06:00:00Z'),
    });
    expect(third).toMatchObject({ url: null, text: 'Tags <b> stay text', publishedAt: null });
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items that sit beside the channel', () => {
    const feed = parsed(rdf);
    expect(feed.title).toBe('XML.com');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      externalId: 'http://xml.com/pub/2000/08/09/xslt/xslt.html',
      url: 'http://xml.com/pub/2000/08/09/xslt/xslt.html',
      title: 'Processing Inclusions with XSLT',
      text: 'Processing document inclusions with general XML tools can be problematic.',
      author: 'Bob DuCharme',
      publishedAt: new Date('2000-08-09T17:00:00Z'),
    });
    expect(feed.items[1]?.publishedAt).toEqual(new Date('2000-08-09T00:00:00Z'));
  });
});

describe('feed dates', () => {
  it.each([
    ['Mon, 06 Jan 2025 10:30:00 GMT', '2025-01-06T10:30:00.000Z'],
    ['6 Jan 2025 10:30 EST', '2025-01-06T15:30:00.000Z'],
    ['Tue, 07 January 25 23:59:59 -0800', '2025-01-08T07:59:59.000Z'],
    ['2025-01-06T10:30:00.123+02:00', '2025-01-06T08:30:00.123Z'],
    ['2025-01-06', '2025-01-06T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseFeedDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '',
    'not a date',
    'Item 12',
    '31 Feb 2025 10:00:00 GMT',
    '2025-13-01',
    'Mon, 06 Foo 2025 10:30:00',
  ])('gives null for %j', (text) => {
    expect(parseFeedDate(text)).toBeNull();
  });

  it('gives null dates, not errors, in a feed with missing or broken dates', () => {
    const feed = parsed(
      rss(`<item><title>a</title></item><item><title>b</title><pubDate>yesterday</pubDate></item>
        <item><title>c</title><pubDate>garbage</pubDate><dc:date>2024-12-31T23:00:00Z</dc:date></item>`),
    );
    expect(feed.items.map((item) => item.publishedAt?.toISOString() ?? null)).toEqual([
      null,
      null,
      '2024-12-31T23:00:00.000Z',
    ]);
  });
});

describe('parseFeed: refusals', () => {
  it('refuses a feed that declares its own entities (billion laughs)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [
      <!ENTITY lol "lol">
      <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
    ]><rss version="2.0"><channel><title>&lol2;</title><item><title>&lol2;</title></item></channel></rss>`;
    expect(parseFeed(laughs)).toEqual({ error: FEED_ENTITIES_ERROR });
    const hidden = `<!DOCTYPE rss [<!-- ]> --><!ATTLIST x y "]>"><!ENTITY boom "boom">]><rss><channel><title>&boom;</title></channel></rss>`;
    expect(parseFeed(hidden)).toEqual({ error: FEED_ENTITIES_ERROR });
  });

  it('accepts a plain DOCTYPE and text that merely mentions an entity declaration', () => {
    const old = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old</title><item><title>XXE</title><description><![CDATA[<!DOCTYPE x [<!ENTITY e "x">]>]]></description></item></channel></rss>`;
    const feed = parsed(old);
    expect(feed.title).toBe('Old');
    expect(feed.items[0]?.title).toBe('XXE');
  });

  it.each([
    '',
    'hello world',
    '{"items": []}',
    '<<<>>>',
    '\u0000\u0001binary\uFFFD',
    '<?xml version="1.0"?><catalog><book>x</book></catalog>',
    '<rss version="2.0"></rss>',
  ])('says %j is not a feed', (input) => {
    expect(parseFeed(input)).toEqual({ error: NOT_A_FEED_ERROR });
  });

  it('says an HTML page is not a feed', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Blog</title>
      <link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>
      <body><h1>Welcome</h1><p>Posts<br>below<img src="a.png"></body></html>`;
    expect(parseFeed(page)).toEqual({ error: NOT_A_FEED_ERROR });
  });
});
