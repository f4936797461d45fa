import { describe, expect, it } from 'vitest';
import { parseRouter, predictRoute, serializeRouter, trainRouter, type TrainingExample } from './index.ts';

/** Three teams with their own words, in varied sentences: a small, separable routing problem. */
const topics: Record<string, string[]> = {
  billing: ['invoice', 'refund', 'charged twice', 'payment', 'receipt', 'subscription fee'],
  shipping: ['parcel', 'delivery', 'courier', 'tracking number', 'package', 'shipment'],
  account: ['password', 'login', 'two-factor code', 'username', 'sign in', 'locked out'],
};
const frames = [
  'Hi, I have a question about my {}',
  'Something is wrong with the {} again',
  'Can you help me with the {} please?',
  'Where do I find the {}',
  '{} problem since yesterday',
];

function examples(): TrainingExample[] {
  return Object.entries(topics).flatMap(([label, words]) =>
    words.flatMap((word) => frames.map((frame) => ({ text: frame.replace('{}', word), label }))),
  );
}

describe('trainRouter and predictRoute', () => {
  const model = trainRouter(examples(), { seed: 3 });

  it('learns a small separable set and routes unseen sentences by their words', () => {
    expect(model.labels).toEqual(['account', 'billing', 'shipping']);
    expect(predictRoute(model, 'I was charged twice, I want a refund').label).toBe('billing');
    expect(predictRoute(model, 'The courier lost my package').label).toBe('shipping');
    expect(predictRoute(model, 'I am locked out and the login fails').label).toBe('account');
    // Character n-grams carry a misspelt or inflected word the examples never had.
    expect(predictRoute(model, 'refunds?').label).toBe('billing');
    expect(predictRoute(model, 'pasword reset').label).toBe('account');
  });

  it('is surer of a clear text than of one that mixes two teams', () => {
    const clear = predictRoute(model, 'refund for the invoice payment');
    const mixed = predictRoute(model, 'refund for the parcel delivery');
    expect(clear.confidence).toBeGreaterThan(mixed.confidence);
    expect(clear.confidence).toBeGreaterThan(0.5);
    expect(clear.confidence).toBeLessThanOrEqual(1);
  });

  it('lists the top three labels, best first, as probabilities, and the words that decided it', () => {
    const prediction = predictRoute(model, 'Where is my parcel? The tracking number does not work');
    expect(prediction.alternatives).toHaveLength(3);
    expect(prediction.alternatives[0]).toEqual({ label: prediction.label, score: prediction.confidence });
    const scores = prediction.alternatives.map((alternative) => alternative.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.reduce((sum, score) => sum + score, 0)).toBeCloseTo(1, 6);
    const words = prediction.evidence.map((item) => item.feature);
    expect(words.length).toBeGreaterThan(0);
    expect(words.length).toBeLessThanOrEqual(5);
    expect(words.some((word) => ['parcel', 'tracking', 'tracking number', 'number'].includes(word))).toBe(
      true,
    );
    expect(words).not.toContain('where');
    const weights = prediction.evidence.map((item) => item.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(weights.every((weight) => weight > 0)).toBe(true);
  });

  it('answers empty and unknown text with the prior, unsure and without evidence', () => {
    const lopsided = trainRouter([...examples(), ...examples().filter((e) => e.label === 'shipping')], {
      seed: 3,
    });
    for (const text of ['', '   ', 'щщщ 7777', '🙂🙂']) {
      const prediction = predictRoute(lopsided, text);
      expect(prediction.label).toBe('shipping');
      expect(prediction.confidence).toBeLessThan(0.7);
      expect(prediction.evidence).toEqual([]);
    }
  });

  it('trains the same model from the same examples and seed, and a usable one from another seed', () => {
    expect(serializeRouter(trainRouter(examples(), { seed: 3 }))).toBe(serializeRouter(model));
    const other = trainRouter(examples(), { seed: 4 });
    expect(serializeRouter(other)).not.toBe(serializeRouter(model));
    expect(predictRoute(other, 'my courier delivery is late').label).toBe('shipping');
  });

  it('gives identical predictions after a serialise/parse round trip', () => {
    const restored = parseRouter(serializeRouter(model));
    expect(restored).toEqual(model);
    for (const text of ['refund please', 'parcel late', 'cannot sign in', '', 'unrelated words'])
      expect(predictRoute(restored, text)).toEqual(predictRoute(model, text));
  });

  it('learns texts in other scripts', () => {
    const multilingual = trainRouter(
      [
        ...['Rückerstattung bitte', 'Rechnung doppelt bezahlt', 'Zahlung fehlgeschlagen'].map((text) => ({
          text,
          label: 'billing',
        })),
        ...['Το δέμα δεν έφτασε', 'Πού είναι το δέμα μου', 'καθυστέρηση δέματος'].map((text) => ({
          text,
          label: 'shipping',
        })),
        ...['パスワードを忘れました', 'ログインできません', 'パスワード変更'].map((text) => ({
          text,
          label: 'account',
        })),
      ],
      { seed: 1, minDf: 1, epochs: 30 },
    );
    expect(predictRoute(multilingual, 'Rückerstattung für die Rechnung').label).toBe('billing');
    expect(predictRoute(multilingual, 'ΤΟ ΔΈΜΑ;').label).toBe('shipping');
    expect(predictRoute(multilingual, 'パスワード').label).toBe('account');
  });

  it('fits a temperature on a held-out slice when there are enough examples, else keeps 1', () => {
    const many = [0, 1, 2, 3].flatMap((n) => examples().map((e) => ({ ...e, text: `${e.text} ref ${n}` })));
    expect(model.temperature).toBe(1); // 90 examples: 9 held out is too few to trust
    const calibrated = trainRouter(many, { seed: 3 });
    expect(calibrated.temperature).not.toBe(1);
    expect(calibrated.temperature).toBeGreaterThan(0);
    expect(trainRouter(many, { seed: 3, calibrationShare: 0 }).temperature).toBe(1);
  });

  it('refuses to train on nothing or on unlabelled examples', () => {
    expect(() => trainRouter([])).toThrow(/at least one example/);
    expect(() => trainRouter([{ text: 'hello', label: '' }])).toThrow(/non-empty label/);
  });

  it('with one label always answers it, fully sure', () => {
    const single = trainRouter([{ text: 'anything at all', label: 'general' }], { minDf: 1 });
    expect(predictRoute(single, 'something else')).toMatchObject({ label: 'general', confidence: 1 });
  });
});
