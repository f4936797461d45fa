import { afterEach, describe, expect, it, vi } from 'vitest';
import { withinDeadline } from './deadline.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withinDeadline', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits for a step that finishes in time and says nothing', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    expect(await withinDeadline('quick step', later(5), 1_000)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('stops waiting for a step that overruns and names it', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const started = Date.now();
    expect(await withinDeadline('stuck step', new Promise(() => undefined), 50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('stuck step'), 'ShutdownWarning');
  });

  it('passes on a failure in time, and lets a failure after the deadline go without a crash', async () => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    await expect(withinDeadline('failing step', Promise.reject(new Error('broke')), 1_000)).rejects.toThrow(
      'broke',
    );
    const late = later(60).then(() => {
      throw new Error('too late');
    });
    expect(await withinDeadline('late step', late, 10)).toBe(false);
    await later(120);
  });
});
