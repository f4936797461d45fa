import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed webhook requests (the API channel): `Hearth-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256
 * of "<t>.<raw body>">`. Several v1 values are allowed while a sender rotates its secret.
 */
export const signatureHeader = 'hearth-signature';

export type SignatureCheck =
  | { ok: true; timestamp: number; digest: string }
  | { ok: false; reason: 'missing' | 'malformed' | 'too_old' | 'from_the_future' | 'mismatch' };

export function signBody(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

export function signatureHeaderValue(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return `t=${timestamp},v1=${signBody(secret, timestamp, rawBody)}`;
}

function parse(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Checks a request against every current secret in constant time, within a tolerance either
 * side of now. Replays inside the tolerance are the caller's to refuse: it stores `digest` once.
 */
export function verifySignature(options: {
  header: string | undefined;
  rawBody: string | Buffer;
  secrets: readonly string[];
  nowMs: number;
  toleranceSeconds: number;
}): SignatureCheck {
  if (!options.header) return { ok: false, reason: 'missing' };
  const parsed = parse(options.header);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const age = Math.floor(options.nowMs / 1000) - parsed.timestamp;
  if (age > options.toleranceSeconds) return { ok: false, reason: 'too_old' };
  if (age < -options.toleranceSeconds) return { ok: false, reason: 'from_the_future' };
  for (const secret of options.secrets) {
    const expected = Buffer.from(signBody(secret, parsed.timestamp, options.rawBody), 'hex');
    for (const given of parsed.signatures) {
      if (timingSafeEqual(expected, Buffer.from(given, 'hex')))
        return { ok: true, timestamp: parsed.timestamp, digest: given };
    }
  }
  return { ok: false, reason: 'mismatch' };
}
