/** A CSV cell's value: text, a number, or nothing. */
export type CsvValue = string | number | null;

/**
 * One cell as spreadsheets read it. Text that starts like a formula gets a leading apostrophe, so
 * a name, title or phrase cannot run as one when the file is opened; quotes, commas and line
 * breaks are quoted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line of cells (no line break). */
export const csvLine = (cells: readonly CsvValue[]): string => cells.map(csvCell).join(',');
