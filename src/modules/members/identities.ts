/** The ways Hearth recognises a person, strongest first: an account settles who someone is. */
export const identityKinds = ['account', 'email', 'handle', 'phone'] as const;
export type IdentityKind = (typeof identityKinds)[number];

export interface Identity {
  kind: IdentityKind;
  /** A handle's platform (twitter, reddit…); '' for the other kinds. */
  platform: string;
  value: string;
  verified: boolean;
}

export interface IdentityInput {
  kind: IdentityKind;
  platform?: string | null;
  value: string;
  verified?: boolean;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The one spelling of an identity, or null when it is not one: emails and handles lower-case
 * (handles without their @), phone numbers as digits with a leading + when given, platforms
 * lower-case.
 */
export function normalizeIdentity(input: IdentityInput): Identity | null {
  const raw = input.value.trim();
  const platform = input.kind === 'handle' ? (input.platform ?? '').trim().toLowerCase() : '';
  let value: string | null;
  switch (input.kind) {
    case 'account':
      value = /^[0-9a-f-]{36}$/i.test(raw) ? raw.toLowerCase() : null;
      break;
    case 'email':
      value = emailPattern.test(raw) && raw.length <= 254 ? raw.toLowerCase() : null;
      break;
    case 'handle': {
      const handle = raw.replace(/^@+/, '').toLowerCase();
      value = handle && handle.length <= 100 && !/\s/.test(handle) && platform ? handle : null;
      break;
    }
    case 'phone': {
      const digits = raw.replace(/[^\d]/g, '');
      value = digits.length >= 6 && digits.length <= 15 ? `${raw.startsWith('+') ? '+' : ''}${digits}` : null;
      break;
    }
  }
  return value === null ? null : { kind: input.kind, platform, value, verified: input.verified ?? false };
}

/** A stable text key for an identity, for maps and sets. */
export function identityKey(identity: Pick<Identity, 'kind' | 'platform' | 'value'>): string {
  return `${identity.kind}:${identity.platform}:${identity.value}`;
}

/** How strongly an identity says who someone is: an account, then a verified email, then the rest. */
export function identityStrength(identity: Pick<Identity, 'kind' | 'verified'>): number {
  const base = { account: 40, email: 20, phone: 15, handle: 10 }[identity.kind];
  return base + (identity.verified ? 5 : 0);
}
