import { describe, expect, it } from 'vitest';
import { isLikelyDuplicate, scoreSimilar, similarityTuning, type CorpusStats } from './rank.ts';
import { parseTsvector, type TermVector } from './tsvector.ts';

/** A document's vector from title words (weight A) and body words, as to_tsvector would give them. */
function vector(title: string, body = ''): TermVector {
  const terms: TermVector = new Map();
  for (const word of title.split(' ').filter(Boolean)) {
    const count = terms.get(word) ?? { title: 0, text: 0 };
    terms.set(word, { ...count, title: count.title + 1 });
  }
  for (const word of body.split(' ').filter(Boolean)) {
    const count = terms.get(word) ?? { title: 0, text: 0 };
    terms.set(word, { ...count, text: count.text + 1 });
  }
  return terms;
}

function statsOf(documents: TermVector[]): CorpusStats {
  const documentFrequency = new Map<string, number>();
  let length = 0;
  for (const document of documents)
    for (const [word, count] of document) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
      length += similarityTuning.titleWeight * count.title + count.text;
    }
  return { documents: documents.length, averageLength: length / documents.length, documentFrequency };
}

describe('tsvector text', () => {
  it('counts title (A) positions apart from the rest, and reads quoted lexemes', () => {
    const terms = parseTsvector(`'bank':3B,9 'open':1A,5B 'o''reilli':2A 'a\\\\b':4C 'stripped'`);
    expect([...terms]).toEqual([
      ['bank', { title: 0, text: 2 }],
      ['open', { title: 1, text: 1 }],
      ["o'reilli", { title: 1, text: 0 }],
      ['a\\b', { title: 0, text: 1 }],
      ['stripped', { title: 0, text: 1 }],
    ]);
    expect(parseTsvector('').size).toBe(0);
    expect(() => parseTsvector('bank:1')).toThrow(/tsvector/);
  });
});

describe('similarity ranking', () => {
  const corpus = {
    licence: vector('renew drive licenc', 'traffic offic renew licenc eye test'),
    documents: vector('document licenc renew'),
    rental: vector('car rental price', 'monthli car rental cost licenc requir'),
    pizza: vector('pizza place harbour', 'good pizza harbour'),
    gym: vector('gym membership price', 'gym charg month pool sauna'),
  };
  const all = Object.entries(corpus).map(([id, terms]) => ({ id, terms }));
  const stats = statsOf(Object.values(corpus));

  it('puts the thread asking the same first and scores unrelated threads 0, in [0, 1)', () => {
    const scores = scoreSimilar(vector('', 'renew drive licenc offic'), all, all, stats);
    const order = [...scores].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(order.slice(0, 2)).toEqual(['licence', 'documents']);
    expect(scores.get('pizza')).toBe(0);
    for (const score of scores.values()) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThan(1);
    }
    expect(isLikelyDuplicate(scores.get('licence') ?? 0)).toBe(true);
    expect(isLikelyDuplicate(scores.get('pizza') ?? 0)).toBe(false);
  });

  it('feedback lends the query the words of its best matches, finding a thread with none of its words', () => {
    // "gynaecologist" appears nowhere; the best matches for "obgyn doha" also say "pregnant".
    const threads = {
      a: vector('obgyn doha', 'good obgyn pregnant clinic'),
      b: vector('obgyn recommend', 'pregnant obgyn'),
      c: vector('pregnant doctor', 'gynaecologist pregnant clinic'),
      d: vector('car rental', 'cheap car'),
    };
    const docs = Object.entries(threads).map(([id, terms]) => ({ id, terms }));
    const scores = scoreSimilar(vector('obgyn doha'), docs, docs, statsOf(Object.values(threads)));
    expect(scores.get('c')).toBeGreaterThan(0);
    expect(scores.get('d')).toBe(0);
  });

  it('scores a thread the same whichever threads it is ranked with (only the feedback pool matters)', () => {
    const query = vector('', 'gym pool price');
    const alone = scoreSimilar(query, all, [{ id: 'gym', terms: corpus.gym }], stats);
    const together = scoreSimilar(query, all, all, stats);
    expect(alone.get('gym')).toBe(together.get('gym'));
  });

  it('gives 0 to everything for a text without words, and copes with an empty corpus', () => {
    expect([...scoreSimilar(new Map(), all, all, stats).values()].every((s) => s === 0)).toBe(true);
    const empty = { documents: 0, averageLength: 0, documentFrequency: new Map<string, number>() };
    const scores = scoreSimilar(vector('gym'), [], [{ id: 'gym', terms: corpus.gym }], empty);
    expect(scores.get('gym')).toBeGreaterThan(0);
  });
});
