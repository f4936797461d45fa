/**
 * The Numenta Anomaly Benchmark score, re-implemented from its description
 * (shared/data/nab/PROVENANCE.md, "How NAB scores a detector"):
 * - the first `min(floor(0.15 N), 750)` rows of a file are probationary: never scored;
 * - inside a labelled window only the earliest detection counts, worth
 *   `tpWeight · σ(y) / σ(−1)` with `σ(y) = 2/(1+e^{5y}) − 1` and y its relative position
 *   (−1 at the left edge, 0 at the right edge, as PROVENANCE.md defines it); a window nobody hits costs `fnWeight`;
 * - a detection outside every window costs `fpWeight · σ(y)`, y being its distance past the end
 *   of the previous window over (that window's width − 1), so a late alarm just after a window is
 *   nearly free; with no window before it, or past y = 3, it costs the full `fpWeight`;
 * - the normalised score is `100 · (raw − null) / (perfect − null)` over a set of files, with
 *   `perfect = windows · tpWeight` and `null = −windows · fnWeight`.
 */

export interface NabProfile {
  tpWeight: number;
  fnWeight: number;
  fpWeight: number;
}

/** `config/profiles.json` of NAB. */
export const nabProfiles = {
  standard: { tpWeight: 1, fnWeight: 1, fpWeight: 0.11 },
  reward_low_FP_rate: { tpWeight: 1, fnWeight: 1, fpWeight: 0.22 },
  reward_low_FN_rate: { tpWeight: 1, fnWeight: 2, fpWeight: 0.11 },
} as const satisfies Record<string, NabProfile>;

export type NabProfileName = keyof typeof nabProfiles;
export const nabProfileNames = Object.keys(nabProfiles) as NabProfileName[];

/** A window as row indices into its file, both ends included. */
export interface RowWindow {
  start: number;
  end: number;
}

export interface FileScore {
  raw: number;
  /** Rows (not windows) detected inside a window, as NAB's per-file CSVs count them. */
  tp: number;
  /** Rows detected outside every window (after the probationary period). */
  fp: number;
  /** Windows hit by at least one detection. */
  windowsHit: number;
  windows: number;
}

/** NAB's scaled sigmoid: +1 far before, about 0 at the right edge of a window, −1 past y = 3. */
export function scaledSigmoid(y: number): number {
  if (y > 3) return -1;
  return 2 / (1 + Math.exp(5 * y)) - 1;
}

export function probationaryRows(length: number): number {
  return Math.min(Math.floor(0.15 * length), 750);
}

/**
 * Per row, what a detection there would earn (before the earliest-per-window rule): the true
 * positive weight inside a window, the (negative) false-positive weight outside, and the window it
 * falls in (−1 for none). Windows must be sorted and disjoint.
 */
export function rowWeights(
  length: number,
  windows: readonly RowWindow[],
  profile: NabProfile,
): { weight: Float64Array; window: Int32Array } {
  const weight = new Float64Array(length);
  const window = new Int32Array(length).fill(-1);
  const maxTp = scaledSigmoid(-1);
  let previous: RowWindow | null = null;
  let next = 0;
  for (let i = 0; i < length; i += 1) {
    while (next < windows.length && (windows[next]?.end ?? 0) < i) {
      previous = windows[next] ?? null;
      next += 1;
    }
    const current = windows[next];
    if (current && current.start <= i) {
      const width = current.end - current.start + 1;
      // PROVENANCE.md: y = -1 at the left edge, 0 at the right edge.
      const position = width > 1 ? -(current.end - i) / (width - 1) : 0;
      weight[i] = (profile.tpWeight * scaledSigmoid(position)) / maxTp;
      window[i] = next;
    } else if (previous) {
      const width = previous.end - previous.start + 1;
      const position = Math.abs(previous.end - i) / Math.max(1, width - 1);
      weight[i] = profile.fpWeight * scaledSigmoid(position);
    } else {
      weight[i] = -profile.fpWeight;
    }
  }
  return { weight, window };
}

/** The raw NAB score of one file for a 0/1 detection per row. */
export function scoreFile(
  detections: ArrayLike<boolean | number>,
  windows: readonly RowWindow[],
  profile: NabProfile,
): FileScore {
  const length = detections.length;
  const { weight, window } = rowWeights(length, windows, profile);
  const probation = probationaryRows(length);
  const earliest = new Array<number | null>(windows.length).fill(null);
  let raw = 0;
  let tp = 0;
  let fp = 0;
  for (let i = probation; i < length; i += 1) {
    if (!detections[i]) continue;
    const w = window[i] ?? -1;
    if (w >= 0) {
      tp += 1;
      if (earliest[w] === null) earliest[w] = weight[i] ?? 0;
    } else {
      fp += 1;
      raw += weight[i] ?? 0;
    }
  }
  let windowsHit = 0;
  for (const hit of earliest) {
    if (hit === null) raw -= profile.fnWeight;
    else {
      raw += hit;
      windowsHit += 1;
    }
  }
  return { raw, tp, fp, windowsHit, windows: windows.length };
}

/** `100 · (raw − null) / (perfect − null)` over files holding `windows` windows in all. */
export function normalizeScore(raw: number, windows: number, profile: NabProfile): number {
  const perfect = windows * profile.tpWeight;
  const nullScore = -windows * profile.fnWeight;
  return perfect === nullScore ? 0 : (100 * (raw - nullScore)) / (perfect - nullScore);
}

export interface SweptThreshold {
  threshold: number;
  raw: number;
}

/**
 * NAB's optimiser for one profile: the threshold on a continuous anomaly score (a row is a
 * detection when its score is ≥ the threshold) that maximises the summed raw score over all files,
 * trying every distinct score. Returns the best threshold and its raw score (ties: the highest
 * threshold, i.e. the fewest detections).
 */
export function sweepThreshold(
  files: readonly { scores: ArrayLike<number>; windows: readonly RowWindow[] }[],
  profile: NabProfile,
): SweptThreshold {
  interface Row {
    score: number;
    weight: number;
    /** A global window id, or −1. */
    window: number;
  }
  const rows: Row[] = [];
  let windowCount = 0;
  let windowPositions: number[] = [];
  for (const file of files) {
    const { weight, window } = rowWeights(file.scores.length, file.windows, profile);
    for (let i = probationaryRows(file.scores.length); i < file.scores.length; i += 1) {
      const w = window[i] ?? -1;
      rows.push({
        score: file.scores[i] ?? 0,
        weight: weight[i] ?? 0,
        window: w >= 0 ? windowCount + w : -1,
      });
    }
    windowCount += file.windows.length;
  }
  windowPositions = new Array<number>(windowCount).fill(-Infinity);
  rows.sort((a, b) => b.score - a.score);

  // Lowering the threshold adds detections; a window's worth is its best (= earliest) detection.
  let raw = -windowCount * profile.fnWeight;
  let best: SweptThreshold = { threshold: Infinity, raw };
  for (let i = 0; i < rows.length;) {
    const score = rows[i]?.score ?? 0;
    for (; i < rows.length && rows[i]?.score === score; i += 1) {
      const row = rows[i];
      if (!row) continue;
      if (row.window < 0) raw += row.weight;
      else {
        const known = windowPositions[row.window] ?? -Infinity;
        if (known === -Infinity) raw += row.weight + profile.fnWeight;
        else if (row.weight > known) raw += row.weight - known;
        windowPositions[row.window] = Math.max(known, row.weight);
      }
    }
    if (raw > best.raw) best = { threshold: score, raw };
  }
  return best;
}
