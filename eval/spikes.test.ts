import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalSpikes, parseTimestamp } from './spikes.ts';

// A small NAB-shaped corpus written on the fly: data/demo/series.csv (5-minute buckets, a daily
// rhythm, one burst on day 4 inside the labelled window) and labels/combined_windows.json.
const root = mkdtempSync(join(tmpdir(), 'hearth-eval-spikes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const start = Date.UTC(2015, 2, 2);
const stamp = (i: number) => new Date(start + i * 300_000).toISOString().slice(0, 19).replace('T', ' ');
const rows = 5 * 288;
const burst = 4 * 288 + 100;
const values = Array.from({ length: rows }, (_, i) => {
  const hour = ((i * 5) / 60) % 24;
  return Math.round(20 + 10 * Math.sin(((hour - 9) / 24) * 2 * Math.PI) + 3 * Math.sin(i * 1.3));
});
values[burst] = 300;
mkdirSync(join(root, 'data/demo'), { recursive: true });
mkdirSync(join(root, 'labels'), { recursive: true });
writeFileSync(
  join(root, 'data/demo/series.csv'),
  `timestamp,value\n${values.map((value, i) => `${stamp(i)},${value}`).join('\n')}\n`,
);
writeFileSync(
  join(root, 'labels/combined_windows.json'),
  JSON.stringify({ 'demo/series.csv': [[`${stamp(burst - 40)}.000000`, `${stamp(burst + 40)}.000000`]] }),
);

describe('hearth eval spikes', () => {
  it('writes the per-row alerts and prints one line per NAB profile next to the baseline', async () => {
    const out = join(root, 'out');
    const lines: string[] = [];
    const summary = await evalSpikes({
      input: join(root, 'data/demo'),
      out,
      emit: (line) => lines.push(line),
    });

    expect(lines).toHaveLength(3);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.map((line) => line.profile)).toEqual([
      'standard',
      'reward_low_FP_rate',
      'reward_low_FN_rate',
    ]);
    for (const line of parsed) {
      expect(line).toMatchObject({
        eval: 'spikes',
        files: 1,
        rows,
        windows: 1,
        windows_hit: 1,
        false_alerts: 0,
      });
      expect(line.score).toBeGreaterThan(80);
      expect(typeof line.baseline_score).toBe('number');
    }
    expect(summary).toMatchObject({ eval: 'spikes', files: 1, rows, windows: 1, alerts: 1 });

    expect(readdirSync(out)).toEqual(['series.csv']);
    const written = readFileSync(join(out, 'series.csv'), 'utf8').trim().split('\n');
    expect(written[0]).toBe('timestamp,value,anomaly_score,alert');
    expect(written).toHaveLength(rows + 1);
    expect(written[burst + 1]).toMatch(new RegExp(`^${stamp(burst)},300,0\\.\\d+,1$`));
    expect(written.filter((line) => line.endsWith(',1'))).toHaveLength(1);
  });

  it('reads NAB timestamps as UTC, with or without fractional seconds', () => {
    expect(parseTimestamp('2015-03-03 04:37:53')).toBe(Date.UTC(2015, 2, 3, 4, 37, 53));
    expect(parseTimestamp('2015-03-03 04:37:53.000000')).toBe(Date.UTC(2015, 2, 3, 4, 37, 53));
  });
});
