import type { z } from 'zod';
import { coreErrors } from './errors.ts';

/** Keyset cursors: opaque to clients, a base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  // A cursor the server did not write is a client bug: say so instead of silently restarting the list.
  if (!cursor) return undefined;
  let parsed: ReturnType<typeof schema.safeParse> | undefined;
  try {
    parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) return parsed.data;
  throw coreErrors.raise.VALIDATION_FAILED({ fields: [{ path: 'cursor', message: 'Unknown cursor.' }] });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
