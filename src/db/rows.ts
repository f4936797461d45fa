/** The single row an INSERT … RETURNING or UPDATE … RETURNING of a known key must give back. */
export function onlyRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('Expected the statement to return a row');
  return row;
}
