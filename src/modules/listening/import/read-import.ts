import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { mentionSchema } from '../schemas.ts';
import type { IncomingMention } from '../types.ts';
import { toIncoming } from '../use-cases/receive-webhook.ts';

export type ImportFormat = 'csv' | 'jsonl';

/** One row of an import: a mention, or why that line was left out. */
export type ImportRow = { line: number; mention: IncomingMention } | { line: number; error: string };

/** CSV headers Hearth understands, with the names other tools export under. */
const aliases: Record<string, string> = {
  text: 'text',
  body: 'text',
  content: 'text',
  message: 'text',
  id: 'id',
  external_id: 'id',
  url: 'url',
  link: 'url',
  title: 'title',
  author: 'author_name',
  author_name: 'author_name',
  name: 'author_name',
  handle: 'author_handle',
  author_handle: 'author_handle',
  username: 'author_handle',
  email: 'author_email',
  author_email: 'author_email',
  platform: 'platform',
  network: 'platform',
  published_at: 'published_at',
  publishedat: 'published_at',
  date: 'published_at',
  created_at: 'published_at',
  timestamp: 'published_at',
};

export function csvColumns(header: string[]): (string | undefined)[] {
  return header.map(
    (name) =>
      aliases[
        name
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      ],
  );
}

const replacement = '\ufffd';

/** A date the way exports write them: ISO 8601, or "YYYY-MM-DD HH:MM:SS" taken as UTC. */
function isoDate(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const text = value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2})?)$/, '$1T$2Z');
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? `invalid:${value}` : date.toISOString();
}

/** Validated like a webhook mention, so every way in accepts the same things. */
export function checkMention(raw: unknown, line: number): ImportRow {
  const parsed = mentionSchema.safeParse(raw);
  if (parsed.success) return { line, mention: toIncoming(parsed.data) };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { line, error: `${where}${issue?.message ?? 'not a mention'}` };
}

function csvRecord(columns: (string | undefined)[], values: string[]): Record<string, unknown> {
  const row: Record<string, string> = {};
  columns.forEach((column, i) => {
    if (column && values[i] !== undefined && values[i] !== '') row[column] = values[i] as string;
  });
  const author =
    row.author_name || row.author_handle || row.author_email
      ? { name: row.author_name, handle: row.author_handle, email: row.author_email }
      : undefined;
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    text: row.text ?? '',
    author,
    platform: row.platform,
    publishedAt: isoDate(row.published_at),
  };
}

async function* readCsv(input: Readable): AsyncGenerator<ImportRow> {
  const skipped: ImportRow[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = Number((error as { lines?: number } | undefined)?.lines ?? 0);
        skipped.push({ line, error: error?.message ?? 'unreadable CSV row' });
        return undefined;
      },
    }),
  );
  let columns: (string | undefined)[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    yield* skipped.splice(0);
    if (!columns) {
      columns = csvColumns(record);
      if (!columns.includes('text')) throw new ImportHeaderError(record);
      continue;
    }
    if (record.some((value) => value.includes(replacement)))
      yield { line: info.lines, error: 'the row is not valid UTF-8 text' };
    else yield checkMention(csvRecord(columns, record), info.lines);
  }
  yield* skipped.splice(0);
}

export class ImportHeaderError extends Error {
  constructor(header: string[]) {
    super(
      `The CSV header (${header.slice(0, 8).join(', ')}) has no text column: name one text, body or content.`,
    );
  }
}

async function* readJsonLines(input: Readable): AsyncGenerator<ImportRow> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines = createInterface({ input: input.setEncoding('latin1'), crlfDelay: Infinity });
  let line = 0;
  for await (const latin1 of lines) {
    line += 1;
    if (latin1.trim() === '') continue;
    let text: string;
    try {
      // Read as bytes first so a bad byte sequence fails this line, not the file.
      text = decoder.decode(Buffer.from(latin1, 'latin1'));
    } catch {
      yield { line, error: 'the line is not valid UTF-8 text' };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line, error: 'the line is not valid JSON' };
      continue;
    }
    yield checkMention(value, line);
  }
}

/** Rows of a CSV or JSON-lines file, streamed: a bad row is reported by line and the rest go on. */
export function readImport(input: Readable, format: ImportFormat): AsyncGenerator<ImportRow> {
  return format === 'csv' ? readCsv(input) : readJsonLines(input);
}

export function formatOf(nameOrType: string): ImportFormat | null {
  const lower = nameOrType.toLowerCase();
  if (/(^|[./])csv$|text\/csv/.test(lower)) return 'csv';
  if (/(^|[./])(jsonl|ndjson)$|application\/(x-)?ndjson|application\/jsonl/.test(lower)) return 'jsonl';
  return null;
}
