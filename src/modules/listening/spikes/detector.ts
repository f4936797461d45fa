/**
 * An online spike detector for a volume series (items per interval). Pure and streaming: each
 * interval is judged against what the detector had learnt *before* it (no look-ahead), and only
 * then learnt from. The state is plain JSON, so a caller can store it and resume.
 *
 * The model works in the square-root space where counts have a roughly even spread
 * (`u = √(count + 3/8)`, Anscombe):
 *   expected u = level + hour-of-day offset + day-of-week offset
 * - `level` follows the recent deseasonalised volume (half-life `levelHalfLifeHours`);
 * - 24 hour-of-day and 7 day-of-week offsets learn the daily and weekly rhythm slowly;
 * - `spread` is the running mean absolute residual (×1.25 ≈ one standard deviation), never less
 *   than counting noise alone.
 * Learning is robust: a residual is clipped to ±`learnClip` standard deviations before it moves
 * anything, so a spike barely moves the normal it is judged against, while a lasting shift is
 * followed within hours.
 *
 * The departure is measured over 1, 3 and 12 intervals (the mean residual of the last k
 * intervals, in standard deviations of such a mean), so a sudden burst and a steady climb both
 * register. Each view has its own bar: `threshold` standard deviations, raised to `peakRatio` ×
 * the typical daily peak of that view (the median, over the last `peakDays` days, of each day's
 * largest departure). Mention series are heavy-tailed; this is what keeps a brand that jumps every
 * day from alerting every day, while a quiet one alerts on its first real jump. An alert fires
 * when a view clears its bar, the interval holds at least `minVolume` items and more than
 * expected, the model has warmed up, and the previous alert is older than `cooldownHours` (or
 * this departure is twice as strong).
 */

export interface SpikeSettings {
  /** The least departure, in standard deviations, that can raise an alert. */
  threshold: number;
  /**
   * Sensitivity: a departure must also be this many times the typical daily peak departure
   * (lower = more alerts).
   */
  peakRatio: number;
  /** How many past days the typical daily peak is taken over. */
  peakDays: number;
  /** An interval with fewer items than this never alerts. */
  minVolume: number;
  /** After an alert, no new one for this long unless the departure is twice as strong. */
  cooldownHours: number;
  /** No alert before the detector has seen this much history. */
  warmUpHours: number;
  /** How fast the normal level follows the series. */
  levelHalfLifeHours: number;
  /** How fast the daily and weekly rhythm is learnt. */
  rhythmHalfLifeDays: number;
  /** How fast the spread (noise level) is learnt. */
  spreadHalfLifeHours: number;
  /** Residuals are clipped to this many standard deviations before the model learns from them. */
  learnClip: number;
  /** Hours added to the timestamps' UTC clock to get the local clock of the rhythm. */
  utcOffsetHours: number;
}

export const defaultSpikeSettings: SpikeSettings = {
  threshold: 4,
  peakRatio: 2,
  peakDays: 14,
  minVolume: 5,
  cooldownHours: 24,
  warmUpHours: 24,
  levelHalfLifeHours: 6,
  rhythmHalfLifeDays: 7,
  spreadHalfLifeHours: 48,
  learnClip: 2,
  utcOffsetHours: 0,
};

/** The intervals each view of the departure spans. */
export const spikeHorizons = [1, 3, 12] as const;

/** What the detector concluded about one interval. */
export interface SpikeStep {
  /** Whether this interval raises an alert. */
  alert: boolean;
  /** 0..1, rising with `strength`; 0.5 where a view meets its bar. */
  score: number;
  /** The strongest view's departure over its bar (≥ 1: over the bar). */
  strength: number;
  /** That view's departure in standard deviations. */
  sigmas: number;
  /** How many intervals that view spans. */
  horizon: number;
  /** How many items the model expected in this interval. */
  expected: number;
  /** How many items arrived. */
  observed: number;
  /** The count at which this interval alone would have cleared the one-interval bar. */
  alertAbove: number;
  /** When the current run of above-normal intervals started (ms since epoch), or null. */
  since: number | null;
}

/** Everything the detector has learnt: plain JSON. */
export interface SpikeState {
  steps: number;
  firstTime: number | null;
  lastTime: number | null;
  level: number;
  daily: number[];
  weekly: number[];
  spread: number;
  /** The last residuals in standard deviations (newest last), for the longer views. */
  recent: number[];
  lastAlertTime: number | null;
  lastAlertStrength: number;
  /** Start of the current run of above-normal intervals. */
  runStart: number | null;
  /** Per view: the largest departure of each completed day (newest last). */
  dailyPeaks: number[][];
  /** Per view: the largest departure so far of the day in progress. */
  dayPeaks: number[];
  day: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const longest = Math.max(...spikeHorizons);
/** √(count + 3/8) of Poisson counts has a standard deviation of about 1/2. */
const minSpread = 0.4;
/** A single interval adds at most this many standard deviations to the longer views. */
const recentClip = 8;

export function initialSpikeState(): SpikeState {
  return {
    steps: 0,
    firstTime: null,
    lastTime: null,
    level: 0,
    daily: new Array<number>(24).fill(0),
    weekly: new Array<number>(7).fill(0),
    spread: minSpread,
    recent: [],
    lastAlertTime: null,
    lastAlertStrength: 0,
    runStart: null,
    dailyPeaks: spikeHorizons.map(() => []),
    dayPeaks: spikeHorizons.map(() => 0),
    day: null,
  };
}

const transform = (count: number) => Math.sqrt(Math.max(0, count) + 0.375);
const untransform = (u: number) => Math.max(0, u * u - 0.375);
/** The share of the way to move for an elapsed time, given a half-life. */
const rate = (elapsed: number, halfLife: number) => (halfLife <= 0 ? 1 : 1 - 2 ** (-elapsed / halfLife));

/**
 * One interval in: `time` is its timestamp (ms since epoch), `count` its volume. Updates `state`
 * in place and returns the verdict on this interval.
 */
export function updateSpikeState(
  state: SpikeState,
  time: number,
  count: number,
  settings: SpikeSettings = defaultSpikeSettings,
): SpikeStep {
  const u = transform(count);
  const local = time + settings.utcOffsetHours * HOUR;
  const hour = Math.floor(local / HOUR) % 24;
  const weekday = Math.floor(local / DAY) % 7;
  const day = Math.floor(local / DAY);
  const elapsed = state.lastTime === null ? 0 : Math.max(0, time - state.lastTime);
  if (state.steps === 0) {
    state.level = u;
    state.firstTime = time;
  }
  if (state.day !== null && day !== state.day) closeDay(state, settings.peakDays);
  state.day = day;

  // Judge this interval against what was learnt before it.
  const expectedU = state.level + (state.daily[hour] ?? 0) + (state.weekly[weekday] ?? 0);
  const sd = 1.25 * state.spread;
  const residual = u - expectedU;
  const recent = [...state.recent, Math.min(recentClip, residual / sd)].slice(-longest);
  let strongest = { strength: 0, sigmas: 0, horizon: 1 as number };
  spikeHorizons.forEach((k, view) => {
    if (recent.length < k) return;
    let sum = 0;
    for (let i = recent.length - k; i < recent.length; i += 1) sum += recent[i] ?? 0;
    // The first view is the raw residual (not clipped); the others average the last k.
    const sigmas = k === 1 ? residual / sd : sum / Math.sqrt(k);
    const typical = median(state.dailyPeaks[view] ?? []);
    const bar = Math.max(settings.threshold, settings.peakRatio * typical);
    const strength = sigmas / bar;
    if (strength > strongest.strength) strongest = { strength, sigmas, horizon: k };
    state.dayPeaks[view] = Math.max(state.dayPeaks[view] ?? 0, sigmas);
  });

  const expected = untransform(expectedU);
  const warm = state.firstTime !== null && time - state.firstTime >= settings.warmUpHours * HOUR;
  const runStart = residual > sd ? (state.runStart ?? time) : null;
  const cooling =
    state.lastAlertTime !== null &&
    time - state.lastAlertTime < settings.cooldownHours * HOUR &&
    strongest.strength < 2 * state.lastAlertStrength;
  const alert =
    warm && strongest.strength >= 1 && count >= settings.minVolume && count > expected && !cooling;
  const oneBar = Math.max(settings.threshold, settings.peakRatio * median(state.dailyPeaks[0] ?? []));

  // Then learn from it, robustly.
  const clip = settings.learnClip * sd;
  const clipped = Math.min(clip, Math.max(-clip, residual));
  if (state.steps > 0) {
    state.level += rate(elapsed, settings.levelHalfLifeHours * HOUR) * clipped;
    const rhythm = rate(elapsed, settings.rhythmHalfLifeDays * DAY);
    // One interval in an hour slot (or on a weekday) stands for 24 (or 7) times its share of time.
    state.daily[hour] = (state.daily[hour] ?? 0) + Math.min(1, 24 * rhythm) * clipped;
    state.weekly[weekday] = (state.weekly[weekday] ?? 0) + Math.min(1, 7 * rhythm) * clipped * 0.5;
    recentre(state.daily);
    recentre(state.weekly);
    const spreadRate = rate(elapsed, settings.spreadHalfLifeHours * HOUR);
    const deviation = Math.min(Math.abs(residual), 3 * sd);
    state.spread = Math.max(minSpread, state.spread + spreadRate * (deviation - state.spread));
  }
  state.steps += 1;
  state.lastTime = time;
  state.recent = recent;
  state.runStart = runStart;
  if (alert) {
    state.lastAlertTime = time;
    state.lastAlertStrength = strongest.strength;
  }

  return {
    alert,
    score: strongest.strength / (1 + strongest.strength),
    strength: strongest.strength,
    sigmas: strongest.sigmas,
    horizon: strongest.horizon,
    expected,
    observed: count,
    alertAbove: untransform(expectedU + oneBar * sd),
    since: runStart,
  };
}

function closeDay(state: SpikeState, peakDays: number): void {
  state.dailyPeaks = spikeHorizons.map((_, view) =>
    [...(state.dailyPeaks[view] ?? []), state.dayPeaks[view] ?? 0].slice(-peakDays),
  );
  state.dayPeaks = spikeHorizons.map(() => 0);
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Offsets stay centred on zero: the level carries the mean. */
function recentre(offsets: number[]): void {
  const mean = offsets.reduce((sum, value) => sum + value, 0) / Math.max(1, offsets.length);
  for (let i = 0; i < offsets.length; i += 1) offsets[i] = (offsets[i] ?? 0) - mean;
}

/** The same detector as an object: `detector.update(time, count)`. */
export interface SpikeDetector {
  update(time: number | Date, count: number): SpikeStep;
  readonly state: SpikeState;
  readonly settings: SpikeSettings;
}

export function createSpikeDetector(
  settings: Partial<SpikeSettings> = {},
  state: SpikeState = initialSpikeState(),
): SpikeDetector {
  const merged: SpikeSettings = { ...defaultSpikeSettings, ...settings };
  return {
    state,
    settings: merged,
    update: (time, count) =>
      updateSpikeState(state, typeof time === 'number' ? time : time.getTime(), count, merged),
  };
}
