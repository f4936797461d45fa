import { describe, expect, it } from 'vitest';
import { parseRouter, serializeRouter, trainRouter, type RouterModel } from './index.ts';

const model = trainRouter(
  [
    { text: 'refund my invoice', label: 'billing' },
    { text: 'invoice was wrong', label: 'billing' },
    { text: 'parcel is late', label: 'shipping' },
    { text: 'where is the parcel', label: 'shipping' },
  ],
  { minDf: 1 },
);

/** The model's JSON with one field replaced. */
function withField(field: keyof RouterModel | string, value: unknown): string {
  return JSON.stringify({ ...model, [field]: value });
}

describe('parseRouter', () => {
  it('reads back what serializeRouter wrote', () => {
    expect(parseRouter(serializeRouter(model))).toEqual(model);
  });

  it('says what is wrong with a bad model instead of returning it', () => {
    expect(() => parseRouter('{not json')).toThrow(/not JSON/);
    expect(() => parseRouter('[]')).toThrow(/invalid/);
    expect(() => parseRouter(withField('format', 'something-else'))).toThrow(/invalid at format/);
    expect(() => parseRouter(withField('version', 2))).toThrow(/invalid at version/);
    expect(() => parseRouter(withField('labels', []))).toThrow(/invalid at labels/);
    expect(() => parseRouter(withField('temperature', 0))).toThrow(/invalid at temperature/);
    expect(() => parseRouter(withField('features', { charMin: 2 }))).toThrow(/invalid at features/);
    expect(() => parseRouter(withField('labels', ['billing', 'billing']))).toThrow(/labels repeat/);
    expect(() => parseRouter(withField('weights', model.weights.slice(1)))).toThrow(/terms × labels/);
    expect(() => parseRouter(withField('bias', [0]))).toThrow(/bias and labels/);
    expect(() => parseRouter(withField('idf', model.idf.slice(1)))).toThrow(/idf and terms/);
    expect(() =>
      parseRouter(
        withField(
          'weights',
          model.weights.map((w, i) => (i === 0 ? 'x' : w)),
        ),
      ),
    ).toThrow(/non-number/);
  });
});
