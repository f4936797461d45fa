import { describe, expect, it } from 'vitest';
import { signatureHeaderValue, verifySignature } from './signature.ts';

const now = Date.parse('2026-11-23T12:00:00Z');
const t = Math.floor(now / 1000);
const body = '{"from":"ana@example.org","text":"My order never arrived"}';
const check = (header: string | undefined, extra: Partial<Parameters<typeof verifySignature>[0]> = {}) =>
  verifySignature({
    header,
    rawBody: body,
    secrets: ['s3cret-one'],
    nowMs: now,
    toleranceSeconds: 300,
    ...extra,
  });

describe('webhook signatures', () => {
  it('accept the right secret over the exact body, within the tolerance', () => {
    const result = check(signatureHeaderValue('s3cret-one', t - 299, body));
    expect(result).toMatchObject({ ok: true, timestamp: t - 299 });
  });

  it('refuse a changed body, a wrong secret, stale or future timestamps, and garbage', () => {
    const header = signatureHeaderValue('s3cret-one', t, body);
    expect(check(header, { rawBody: `${body} ` })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check(signatureHeaderValue('other', t, body))).toEqual({ ok: false, reason: 'mismatch' });
    expect(check(signatureHeaderValue('s3cret-one', t - 301, body))).toEqual({
      ok: false,
      reason: 'too_old',
    });
    expect(check(signatureHeaderValue('s3cret-one', t + 301, body))).toEqual({
      ok: false,
      reason: 'from_the_future',
    });
    expect(check(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(check('t=abc,v1=zz')).toEqual({ ok: false, reason: 'malformed' });
    expect(check(`t=${t},v1=${'0'.repeat(64)}`)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accept either secret while one is being rotated, and any of several signatures', () => {
    const old = signatureHeaderValue('old-secret', t, body);
    expect(check(old, { secrets: ['new-secret', 'old-secret'] }).ok).toBe(true);
    const both = `${signatureHeaderValue('new-secret', t, body)},v1=${'f'.repeat(64)}`;
    expect(check(both, { secrets: ['new-secret'] }).ok).toBe(true);
  });
});
