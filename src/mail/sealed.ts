import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { OutgoingMail } from './mailer.ts';

/**
 * Emails wait in the job table until sent, and they carry one-time links. Sealed with a key
 * derived from the instance secret, a copy of the database alone does not hand those links out.
 */
export interface SealedMail {
  sealed: string;
}

function keyOf(secret: string): Buffer {
  return createHash('sha256').update(`hearth-mail:${secret}`).digest();
}

export function sealMail(secret: string, mail: OutgoingMail): SealedMail {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(mail), 'utf8'), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
}

export function openMail(secret: string, { sealed }: SealedMail): OutgoingMail {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as OutgoingMail;
}
