import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  termCounts,
  termIndex,
  tokenize,
  vectorize,
  wordTerms,
  type FeatureOptions,
} from './features.ts';

const options: FeatureOptions = { charMin: 2, charMax: 4, minDf: 1, bigrams: true };

describe('tokenize', () => {
  it('lower-cases words of letters and digits in any script and drops punctuation', () => {
    expect(tokenize("Why hasn't my CARD arrived?! Order #42")).toEqual([
      'why',
      'hasnt',
      'my',
      'card',
      'arrived',
      'order',
      '42',
    ]);
    expect(tokenize('Überweisung fehlgeschlagen – ΚΑΡΤΑ, карта')).toEqual([
      'überweisung',
      'fehlgeschlagen',
      'καρτα',
      'карта',
    ]);
  });

  it('folds compatibility forms (NFKC) and keeps combining marks inside the word', () => {
    expect(tokenize('ＣＡＲＤ ｃａｒｄ')).toEqual(['card', 'card']);
    expect(tokenize('cafe\u0301 prix')).toEqual(['café', 'prix']);
  });

  it('gives nothing for empty, blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  ?!… 🙂 ')).toEqual([]);
  });
});

describe('terms', () => {
  it('adds the word and its boundary-marked character n-grams', () => {
    expect(wordTerms('card', { ...options, charMin: 3, charMax: 3 })).toEqual([
      'w card',
      'c <ca',
      'c car',
      'c ard',
      'c rd>',
    ]);
  });

  it('never splits a character outside the basic plane', () => {
    const terms = wordTerms('𠮷野', { ...options, charMin: 2, charMax: 2 });
    expect(terms).toEqual(['w 𠮷野', 'c <𠮷', 'c 𠮷野', 'c 野>']);
  });

  it('counts repeated terms and ordered word pairs', () => {
    const counts = termCounts('card card declined', { ...options, charMax: 1 });
    expect(counts.get('w card')).toBe(2);
    expect(counts.get('b card card')).toBe(1);
    expect(counts.get('b card declined')).toBe(1);
    expect(counts.has('b declined card')).toBe(false);
  });
});

describe('vectors', () => {
  const documents = ['card arrived', 'card declined', 'refund please'].map((text) =>
    termCounts(text, options),
  );

  it('keeps terms by document frequency and weighs rarer ones higher', () => {
    const vocabulary = buildVocabulary(documents, 2);
    expect(vocabulary.terms).toContain('w card');
    expect(vocabulary.terms).not.toContain('w refund');
    const all = buildVocabulary(documents, 1);
    const idf = (term: string) => all.idf[all.terms.indexOf(term)] ?? 0;
    expect(idf('w refund')).toBeGreaterThan(idf('w card'));
  });

  it('is L2-normalised, skips unknown terms, and is empty for unknown text', () => {
    const vocabulary = buildVocabulary(documents, 1);
    const index = termIndex(vocabulary.terms);
    const vector = vectorize(termCounts('my card was declined twice', options), index, vocabulary.idf);
    expect(vector.indices.length).toBeGreaterThan(0);
    expect(vector.values.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 10);
    expect(vector.indices.every((i) => i >= 0 && i < vocabulary.terms.length)).toBe(true);
    expect(vectorize(termCounts('zzz qqq', { ...options, charMax: 1 }), index, vocabulary.idf)).toEqual({
      indices: [],
      values: [],
    });
  });
});
