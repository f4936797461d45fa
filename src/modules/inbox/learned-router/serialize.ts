import { z } from 'zod';
import type { RouterModel } from './model.ts';

const count = z.number().int().min(0);

// The small fields are checked by zod; the long arrays by hand below (a million-entry array
// through a schema costs more than the whole parse and says no more).
const routerModelSchema = z.object({
  format: z.literal('hearth.learned-router'),
  version: z.literal(1),
  features: z.object({ charMin: count.min(1), charMax: count, minDf: count.min(1), bigrams: z.boolean() }),
  labels: z.array(z.string().min(1)).min(1),
  terms: z.array(z.string()),
  idf: z.array(z.unknown()),
  weights: z.array(z.unknown()),
  weightUnit: z.number().positive(),
  bias: z.array(z.number()),
  temperature: z.number().positive(),
  examples: count,
});

/** JSON text of a model; `parseRouter` gives back an equal model. */
export function serializeRouter(model: RouterModel): string {
  return JSON.stringify(model);
}

/** A stored model, checked: throws an Error saying what is wrong rather than mispredicting later. */
export function parseRouter(json: string): RouterModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`Router model is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = routerModelSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Router model is invalid at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
    );
  }
  const model = parsed.data;
  const labels = model.labels.length;
  const problem =
    (new Set(model.labels).size !== labels && 'labels repeat') ||
    (new Set(model.terms).size !== model.terms.length && 'terms repeat') ||
    (model.idf.length !== model.terms.length && 'idf and terms differ in length') ||
    (model.bias.length !== labels && 'bias and labels differ in length') ||
    (model.weights.length !== model.terms.length * labels && 'weights are not terms × labels') ||
    (!model.idf.every(isFiniteNumber) && 'idf holds a non-number') ||
    (!model.weights.every(isFiniteNumber) && 'weights hold a non-number');
  if (problem) throw new Error(`Router model is invalid: ${problem}`);
  return model as RouterModel;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
