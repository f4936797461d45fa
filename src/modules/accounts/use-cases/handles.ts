import type { Db } from '../../../db/index.ts';
import { handleExists } from '../queries/users.ts';

function baseHandle(name: string, email: string): string {
  const fromName = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const fromEmail = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const base = (fromName.length >= 3 ? fromName : fromEmail || 'member').slice(0, 24);
  return base.length >= 3 ? base : `${base}_member`;
}

/** A readable @handle from the name, made unique with a number when taken. */
export async function uniqueHandle(db: Db, name: string, email: string): Promise<string> {
  const base = baseHandle(name, email);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!(await handleExists(db, candidate))) return candidate;
  }
  return `${base}_${Date.now().toString(36)}`;
}
