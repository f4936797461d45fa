import type { SQL } from 'drizzle-orm';
import type { Db } from './types.ts';

/** The single row an INSERT … RETURNING or UPDATE … RETURNING of a known key must give back. */
export function onlyRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('Expected the statement to return a row');
  return row;
}

/** Rows of a raw `db.execute(sql…)`: both drivers answer with `{ rows }`. */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows?: T[] };
  if (!Array.isArray(result.rows)) throw new Error('Unexpected result shape from db.execute');
  return result.rows;
}
