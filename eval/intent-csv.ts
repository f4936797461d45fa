import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One data row of a `text,category` file; `category` is null when the file has none for it. */
export interface IntentRow {
  text: string;
  category: string | null;
}

/**
 * RFC 4180 records: fields split on commas, records on CRLF or LF; a quoted field may hold
 * commas, line breaks and doubled quotes. A quote inside an unquoted field is kept as it is
 * (lenient, as spreadsheets write it). A trailing line break does not make an empty record.
 */
export function parseCsv(source: string): string[][] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      endField();
      records.push(record);
      record = [];
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed before the end of the file');
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/**
 * The rows of a `text,category` file (BANKING77's format). The header row `text,category` (or
 * `text` alone) is skipped when present; blank lines are skipped; an empty category is null.
 */
export function parseIntentCsv(source: string): IntentRow[] {
  const records = parseCsv(source).filter((record) => record.some((field) => field.trim() !== ''));
  const first = records[0]?.map((field) => field.trim().toLowerCase());
  const hasHeader = first?.[0] === 'text' && (first.length === 1 || first[1] === 'category');
  return records.slice(hasHeader ? 1 : 0).map((record, index) => {
    if (record.length > 2)
      throw new Error(`CSV: data row ${index} has ${record.length} fields; expected text,category`);
    const category = record[1]?.trim() ?? '';
    return { text: record[0] ?? '', category: category === '' ? null : category };
  });
}

/** A field quoted only when it has to be (comma, quote, line break, or edge spaces). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes a header and rows, LF line ends, creating the folder when needed. */
export function writeCsv(
  path: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  mkdirSync(dirname(path), { recursive: true });
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\n`);
  writeFileSync(path, lines.join(''));
}
