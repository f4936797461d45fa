import { describe, expect, it } from 'vitest';
import { identityStrength, normalizeIdentity } from './identities.ts';

describe('identities', () => {
  it('spell each kind one way, and refuse what is not one', () => {
    expect(normalizeIdentity({ kind: 'email', value: ' Ana.B@Example.COM ' })).toEqual({
      kind: 'email',
      platform: '',
      value: 'ana.b@example.com',
      verified: false,
    });
    expect(normalizeIdentity({ kind: 'handle', platform: 'Twitter', value: '@@Ana_B' })).toMatchObject({
      platform: 'twitter',
      value: 'ana_b',
    });
    expect(normalizeIdentity({ kind: 'phone', value: '+48 (601) 234-567' })?.value).toBe('+48601234567');
    expect(normalizeIdentity({ kind: 'phone', value: '0601 234 567' })?.value).toBe('0601234567');
    expect(normalizeIdentity({ kind: 'email', value: 'not an email' })).toBeNull();
    expect(normalizeIdentity({ kind: 'handle', value: 'ana' })).toBeNull();
    expect(normalizeIdentity({ kind: 'handle', platform: 'x', value: 'two words' })).toBeNull();
    expect(normalizeIdentity({ kind: 'phone', value: '12' })).toBeNull();
    expect(normalizeIdentity({ kind: 'account', value: 'someone' })).toBeNull();
  });

  it('rank an account above a verified email above the rest', () => {
    const account = identityStrength({ kind: 'account', verified: false });
    const verified = identityStrength({ kind: 'email', verified: true });
    const email = identityStrength({ kind: 'email', verified: false });
    const handle = identityStrength({ kind: 'handle', verified: false });
    expect([account, verified, email, handle]).toEqual(
      [...[account, verified, email, handle]].sort((a, b) => b - a),
    );
    expect(new Set([account, verified, email, handle]).size).toBe(4);
  });
});
