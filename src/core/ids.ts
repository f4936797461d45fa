import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function newId(): string {
  return randomUUID();
}

/** A URL-safe random secret, for session cookies, API tokens and one-time links. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as this digest, so a database leak does not leak live credentials. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
