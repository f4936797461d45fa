// Listening's spike detector: volume per interval in, a verdict per interval out (alert, score,
// expected vs observed). Pure and online: no database, no I/O, no look-ahead; the caller stores the
// JSON state per series and decides where alerts go.
export {
  createSpikeDetector,
  defaultSpikeSettings,
  initialSpikeState,
  spikeHorizons,
  updateSpikeState,
  type SpikeDetector,
  type SpikeSettings,
  type SpikeState,
  type SpikeStep,
} from './detector.ts';
