// The inbox's learned router: text → team (or category), learnt from past conversations. Pure:
// no database, no I/O; the caller stores the serialised model and decides when to apply it.
export type { FeatureOptions } from './features.ts';
export {
  defaultTrainOptions,
  trainRouter,
  type RouterModel,
  type TrainingExample,
  type TrainOptions,
} from './model.ts';
export { predictRoute, type RoutePrediction } from './predict.ts';
export { parseRouter, serializeRouter } from './serialize.ts';
