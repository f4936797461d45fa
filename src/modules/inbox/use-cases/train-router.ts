import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { predictRoute, serializeRouter, trainRouter, type TrainingExample } from '../learned-router/index.ts';
import { fail } from '../errors.ts';
import { inboxPolicy } from '../policy.ts';
import {
  insertRouterModel,
  latestRouterModelInfo,
  pruneRouterModels,
  routingHistory,
} from '../queries/router-models.ts';
import { readInboxSettings } from '../queries/settings.ts';

export interface RouterStatus {
  model: { examples: number; labels: number; trainedAt: string } | null;
  mode: 'off' | 'suggest' | 'apply';
  applyConfidence: number;
}
export interface TrainingResult {
  examples: number;
  labels: number;
  trainedAt: string;
  heldOutAccuracy: number | null;
}

export const minExamples = 20;
// Training is synchronous CPU work: the newest few thousand say enough and keep it to a second or two.
const maxExamples = 5000;
/** Below this a fifth held out says little about accuracy; the figure is left out instead. */
const minForHoldOut = 50;
const keptModels = 3;

export async function routerStatus(ctx: AppContext, actor: Actor | null): Promise<RouterStatus> {
  inboxPolicy.authorize(actor, 'configure');
  const db = ctx.database.db;
  const [row, settings] = await Promise.all([latestRouterModelInfo(db), readInboxSettings(db)]);
  return {
    model: row
      ? { examples: row.examples, labels: row.labels, trainedAt: row.trainedAt.toISOString() }
      : null,
    mode: settings.learnedRouting as RouterStatus['mode'],
    applyConfidence: settings.applyConfidence,
  };
}

/** Accuracy on every fifth example of a model trained on the other four fifths. */
function heldOutAccuracy(examples: TrainingExample[]): number | null {
  if (examples.length < minForHoldOut) return null;
  const test = examples.filter((_, i) => i % 5 === 0);
  const train = examples.filter((_, i) => i % 5 !== 0);
  if (new Set(train.map((example) => example.label)).size < 2) return null;
  const model = trainRouter(train);
  const right = test.filter((example) => predictRoute(model, example.text).label === example.label).length;
  return Math.round((right / test.length) * 1000) / 1000;
}

/** Learns text → team from the inbox's own history and makes it the model routing uses from now on. */
export async function retrainRouter(ctx: AppContext, actor: Actor | null): Promise<TrainingResult> {
  inboxPolicy.authorize(actor, 'configure');
  return trainFromHistory(ctx);
}

export async function trainFromHistory(ctx: AppContext): Promise<TrainingResult> {
  const history = await routingHistory(ctx.database.db, maxExamples);
  const examples = history
    .filter((row) => row.text !== '')
    .map((row) => ({ text: row.text, label: row.teamId }))
    .reverse();
  const labels = new Set(examples.map((example) => example.label)).size;
  if (examples.length < minExamples || labels < 2) throw fail.ROUTER_TOO_FEW_EXAMPLES();
  const accuracy = heldOutAccuracy(examples);
  const model = trainRouter(examples);
  const trainedAt = ctx.clock.now();
  await ctx.database.transaction(async (tx) => {
    await insertRouterModel(tx.db, {
      id: newId(),
      model: serializeRouter(model),
      examples: examples.length,
      labels,
      trainedAt,
    });
    await pruneRouterModels(tx.db, keptModels);
  });
  return { examples: examples.length, labels, trainedAt: trainedAt.toISOString(), heldOutAccuracy: accuracy };
}
