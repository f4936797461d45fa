import { describe, expect, it } from 'vitest';
import {
  compileWatchQuery,
  describeWatchQuery,
  matchesWatchQuery,
  parseWatchQuery,
  prepareMatchDoc,
  watchQueryTerms,
  type MatchDocInput,
  type WatchQuery,
} from './index.ts';

function parsed(source: string): WatchQuery {
  const result = parseWatchQuery(source);
  if (!result.ok) throw new Error(`${source}: ${result.message} (at ${result.position})`);
  return result.query;
}

const base: MatchDocInput = {
  text: '',
  source: 'Reddit r/gadgets',
  sourceKind: 'reddit',
  lang: 'en',
  intent: 'complaint',
  sentiment: 'negative',
  platform: 'reddit',
  url: 'https://www.forum.example.com/t/1',
};

function matches(query: string, text: string, extra: Partial<MatchDocInput> = {}): boolean {
  return matchesWatchQuery(compileWatchQuery(parsed(query)), prepareMatchDoc({ ...base, text, ...extra }));
}

/** A deterministic PRNG, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('words', () => {
  it.each([
    ['lumo', "Lumo's router", true],
    ['lumo', 'I love lumosity', false],
    ['lumo*', 'I love lumosity', true],
    ['LUMO', 'lumo', true],
    ['cafe', 'Un CAFÉ crème', true],
    ['café', 'cafe', true],
    ['lumo', 'ＬＵＭＯ full-width', true],
    ['"lumo x2"', 'my LUMO X2 died', true],
    ['"lumo x2"', 'my x2 lumo died', false],
    ['"lumo x*"', 'the lumo x2000', true],
    ['"lumo x*"', 'the lumo', false],
    ['wifi', 'the Wi-Fi drops', true],
    ['wi-fi', 'the wi fi drops', true],
    ['wi-fi', 'the wifi drops', false],
    ['#lumo', 'love #Lumo', true],
    ['#lumo', 'love lumo', false],
    ['lumo', 'love #lumo', true],
    ['@lumo_help', 'ask @Lumo_Help now', true],
    ['@example', 'write to me@example.com', false],
    ['"#lumo launch"', 'the #lumo launch', true],
    ['東京', '東京タワーに行った', true],
    ['京東', '東京タワー', false],
    ['🔥', 'this is 🔥🔥', true],
    ['x2', 'the x2 is out', true],
    ['and', 'lumo and router', true],
  ])('%s on %j → %s', (query, text, expected) => {
    expect(matches(query, text)).toBe(expected);
  });

  it('searches the title and the text, but a phrase never runs from one into the other', () => {
    expect(matches('lumo', 'nothing', { title: 'Lumo news' })).toBe(true);
    expect(matches('"news today"', 'today we talk', { title: 'Lumo news' })).toBe(false);
    expect(matches('title:lumo', 'lumo', { title: 'Other' })).toBe(false);
    expect(matches('title:"lumo n*"', 'x', { title: 'Lumo news' })).toBe(true);
  });
});

describe('operators', () => {
  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(matches('a OR b c', 'a')).toBe(true);
    expect(matches('a OR b c', 'b')).toBe(false);
    expect(matches('a OR b c', 'c b')).toBe(true);
    expect(matches('NOT a b', 'b')).toBe(true);
    expect(matches('NOT a b', 'a b')).toBe(false);
    expect(matches('(a OR b) c', 'a')).toBe(false);
    expect(matches('(a OR b) c', 'a c')).toBe(true);
    expect(describeWatchQuery(parsed('a OR b c -d'))).toBe('a OR (b AND c AND NOT d)');
  });

  it('reads upper-case operators only; juxtaposition is AND', () => {
    expect(parsed('lumo router')).toEqual(parsed('lumo AND router'));
    expect(matches('lumo or router', 'lumo')).toBe(false);
    expect(matches('lumo or router', 'lumo or router')).toBe(true);
    expect(matches('lumo not router', 'lumo not router')).toBe(true);
  });

  it('negates with NOT and with a touching "-"', () => {
    for (const query of ['lumo -refund', 'lumo NOT refund', 'lumo -"refund"', 'lumo -(refund OR money)']) {
      expect(matches(query, 'lumo')).toBe(true);
      expect(matches(query, 'lumo refund')).toBe(false);
    }
    expect(matches('lumo -site:example.com', 'lumo')).toBe(false);
    expect(matches('lumo -site:example.com', 'lumo', { url: 'https://elsewhere.org' })).toBe(true);
    expect(parsed('NOT NOT lumo')).toEqual(parsed('lumo'));
    expect(parsed('--lumo')).toEqual(parsed('lumo'));
  });

  it('accepts a query of only negations: it matches everything without them', () => {
    expect(matches('-spam', 'hello')).toBe(true);
    expect(matches('-spam', 'buy spam')).toBe(false);
  });
});

describe('fields', () => {
  const author = { author: 'Jane Doe (@jdoe)' };
  it.each([
    ['author:jdoe', author, true],
    ['author:@jdoe', author, true],
    ['author:"jane doe"', author, true],
    ['author:@jane', author, false],
    ['jdoe', author, false],
    ['source:reddit', {}, true],
    ['source:gadgets', {}, true],
    ['source:"Hacker News"', { source: 'Hacker News', sourceKind: 'rss' }, true],
    ['source:rss', { source: 'Hacker News', sourceKind: 'rss' }, true],
    ['source:hack', { source: 'Hacker News', sourceKind: 'rss' }, false],
    ['lang:en', {}, true],
    ['lang:ENG', {}, true],
    ['lang:en-US', {}, true],
    ['lang:fra', {}, false],
    ['lang:zh', { lang: 'cmn' }, true],
    ['lang:und', { lang: '' }, true],
    ['intent:Complaint', {}, true],
    ['intent:praise', {}, false],
    ['sentiment:negative', {}, true],
    ['platform:Reddit', {}, true],
    ['platform:"hacker news"', { platform: 'Hacker News' }, true],
    ['site:example.com', {}, true],
    ['site:forum.example.com', {}, true],
    ['site:https://www.example.com/x', {}, true],
    ['site:ample.com', {}, false],
    ['site:example.com', { url: 'https://badexample.com' }, false],
    ['site:example.com', { url: null }, false],
    ['TITLE:lumo', { title: 'Lumo' }, true],
  ])('%s → %s', (query, extra: Partial<MatchDocInput>, expected) => {
    expect(matches(query, 'some text', extra)).toBe(expected);
  });

  it('keeps URLs and "Note:" as words, not fields', () => {
    expect(matches('https://example.com/lumo', 'see https://example.com/lumo now')).toBe(true);
    expect(matches('Note: lumo', 'note about lumo')).toBe(true);
  });
});

describe('errors', () => {
  it.each([
    ['', 0, 'Write at least one word to look for.'],
    [' \t\n ', 0, 'Write at least one word to look for.'],
    ['lumo AND (router OR', 17, '"OR" needs a term on both sides.'],
    ['lumo AND (router', 9, 'Missing ")" to close the group opened at character 10.'],
    ['OR lumo', 0, '"OR" needs a term on both sides.'],
    ['lumo AND', 5, '"AND" needs a term on both sides.'],
    ['lumo NOT', 5, '"NOT" needs a term right after it.'],
    ['lumo -)', 5, '"-" must be followed directly by what to leave out, as in -refund.'],
    ['lumo )', 5, 'Unexpected ")": there is no "(" for it to close.'],
    ['lumo ()', 5, 'Empty brackets: put at least one term between "(" and ")".'],
    ['say "lumo x2', 4, 'Missing closing quote for the phrase that starts at character 5.'],
    ['a ""', 2, 'Empty quotes: put the words to look for between them.'],
    ['lu*mo', 2, '"*" can only go at the end of a word, as in lumo*.'],
    ['a *', 2, 'A "*" needs a word before it, as in lumo* (alone it would match everything).'],
    ['"lumo *"', 6, 'A "*" needs a word before it, as in lumo* (alone it would match everything).'],
    ['a !!!', 2, '"!!!" has no letters or digits to look for.'],
    ['a & b', 2, 'Write AND or OR instead of "&".'],
    [
      'lumo foo:bar',
      5,
      'Unknown field "foo:". Fields: source, lang, author, intent, sentiment, platform, site, title.',
    ],
    ['title:', 0, '"title:" needs a value right after the colon, as in title:lumo.'],
    ['x title: lumo', 2, '"title:" needs a value right after the colon, as in title:lumo.'],
    ['intent:rant', 7, 'Unknown intent "rant". Use one of: question, complaint, praise, idea, bug, other.'],
    ['sentiment:meh', 10, 'Unknown sentiment "meh". Use one of: positive, negative, neutral.'],
    ['lang:english', 5, 'Unknown language "english". Use a code such as en or eng.'],
    ['site:"a b"', 6, '"a b" is not a website address; use one such as example.com.'],
  ])('%j → at %i: %s', (source, position, message) => {
    expect(parseWatchQuery(source)).toEqual({ ok: false, message, position });
  });

  it('enforces the length, term and nesting limits', () => {
    expect(parseWatchQuery(`lumo ${'x'.repeat(1996)}`)).toMatchObject({ ok: false, position: 2000 });
    expect(parseWatchQuery(`lumo ${'x'.repeat(1995)}`).ok).toBe(true);
    const terms = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(parseWatchQuery(terms(200)).ok).toBe(true);
    expect(parseWatchQuery(terms(201))).toMatchObject({ ok: false, position: terms(201).indexOf('w200') });
    const nested = (n: number): string => `${'('.repeat(n)}lumo${')'.repeat(n)}`;
    expect(parseWatchQuery(nested(32)).ok).toBe(true);
    expect(parseWatchQuery(nested(33))).toMatchObject({ ok: false, position: 32 });
    expect(parseWatchQuery(`${'-'.repeat(1999)}a`).ok).toBe(true);
  });
});

describe('describe and terms', () => {
  it('renders a canonical query', () => {
    expect(describeWatchQuery(parsed('(Lumo OR "LUMO  x2") -refund'))).toBe(
      '(lumo OR "lumo x2") AND NOT refund',
    );
    expect(describeWatchQuery(parsed('Title:"Lumo X*" LANG:en site:www.Example.com intent:BUG'))).toBe(
      'title:"lumo x*" AND lang:eng AND site:example.com AND intent:bug',
    );
    expect(describeWatchQuery(parsed('platform:"X (Twitter)" OR -(a b)'))).toBe(
      'platform:"x (twitter)" OR NOT (a AND b)',
    );
  });

  it('lists the words a query looks for, not the ones it excludes', () => {
    const query = parsed('(lumo OR "lumo x2" OR lumi*) -refund title:router author:jdoe NOT (x -y)');
    expect(watchQueryTerms(query)).toEqual(['lumo', 'lumo x2', 'lumi*', 'router', 'y']);
  });

  it('round-trips: parsing the description gives the same tree', () => {
    const samples = [
      'a OR b c',
      '((a OR b) (c OR -d)) OR e',
      '"wi-fi router" lumo* #launch @jdoe',
      'source:"hacker news" platform:"//odd" site:bücher.de author:"Jane D*"',
      '東京 café -"ＬＵＭＯ x2"',
    ];
    for (const source of samples) {
      const query = parsed(source);
      expect(parsed(describeWatchQuery(query))).toEqual(query);
    }
  });
});

describe('robustness', () => {
  const pieces = [
    'lumo',
    'x2',
    ' ',
    ' ',
    '(',
    ')',
    '"',
    '*',
    '-',
    ':',
    'AND',
    'OR',
    'NOT',
    'title:',
    'site:',
  ];
  const more = ['lang:', 'intent:bug', 'foo:', '#', '@', 'é', '東', '🔥', '\u0301', '&', '//', 'http://a.b'];
  const alphabet = [...pieces, ...more];

  it('never throws on random input, and every accepted query round-trips and compiles', () => {
    const next = random(42);
    const doc = prepareMatchDoc({ ...base, text: 'lumo x2 (AND) 東 🔥 é', title: 'OR' });
    let accepted = 0;
    for (let n = 0; n < 5_000; n++) {
      const length = Math.floor(next() * 12);
      const source = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const result = parseWatchQuery(source);
      if (!result.ok) {
        expect(result.message).toMatch(/^\S.*\.$/);
        expect(result.position).toBeGreaterThanOrEqual(0);
        expect(result.position).toBeLessThanOrEqual(source.length);
        continue;
      }
      accepted++;
      expect(parsed(describeWatchQuery(result.query))).toEqual(result.query);
      expect(typeof matchesWatchQuery(compileWatchQuery(result.query), doc)).toBe('boolean');
    }
    expect(accepted).toBeGreaterThan(500);
  });

  it('never throws on random characters of any kind', () => {
    const next = random(7);
    for (let n = 0; n < 2_000; n++) {
      const length = Math.floor(next() * 40);
      const source = String.fromCodePoint(...Array.from({ length }, () => Math.floor(next() * 0x3000)));
      expect(() => parseWatchQuery(source)).not.toThrow();
    }
  });

  it('stores queries as plain JSON', () => {
    const query = parsed('(lumo OR "lumo x2*") -refund site:example.com');
    expect(JSON.parse(JSON.stringify(query))).toEqual(query);
  });
});
