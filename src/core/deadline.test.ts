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
});
