import { randomBytes } from 'node:crypto';
import { sha256 } from '../../core/ids.ts';

/**
 * Printed codes are typed in by hand from a receipt or a box: 32 characters with no 0/O or 1/I
 * look-alikes, 10 of them (50 bits), shown in groups of four like `HX7K-29QD-M4`.
 */
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const printedLength = 10;
const printedPattern = new RegExp(`^[${alphabet}]{${printedLength}}$`);

export function printableCode(): string {
  const bytes = randomBytes(printedLength);
  // 256 is a multiple of 32, so masking keeps every character equally likely.
  const chars = [...bytes].map((byte) => alphabet[byte & 31]).join('');
  return chars.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * The one spelling a code is hashed in: a printed code typed as `hx7k 29qd m4` or `HX7K29QDM4` is
 * the same code; link codes (long, random, case-sensitive) are taken as they are.
 */
export function canonicalCode(code: string): string {
  const trimmed = code.trim();
  const compact = trimmed.replace(/[\s-]/g, '').toUpperCase();
  return printedPattern.test(compact) ? compact : trimmed;
}

export function codeHash(code: string): string {
  return sha256(canonicalCode(code));
}
