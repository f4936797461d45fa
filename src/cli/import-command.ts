import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import type { Command } from 'commander';
import { DataDirLockedError } from '../db/index.ts';
import { createHearth } from '../hearth.ts';
import { openConfiguredDatabase } from '../main.ts';
import {
  formatOf,
  ImportHeaderError,
  importMentions,
  importSource,
  readImport,
  type ImportReport,
} from '../modules/listening/index.ts';
import { configOrExit } from './load-config.ts';

interface ImportOptions {
  source?: string;
  platform?: string;
  url?: string;
  token?: string;
}

/** The file as a stream that moves the bar as bytes are read. */
async function withProgress(path: string): Promise<{ stream: Readable; done: () => void }> {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { stream: process.stderr, format: '[import] [{bar}] {percentage}% {value}/{total} kB', hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(Math.ceil(statSync(path).size / 1024), 0);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      bar.update(Math.floor(bytes / 1024));
      done(null, chunk);
    },
  });
  return { stream: createReadStream(path).pipe(counter), done: () => bar.stop() };
}

function printReport(report: ImportReport): void {
  process.stderr.write(
    `Read ${report.rows} rows: ${report.stored} stored, ${report.duplicates} already there, ` +
      `${report.invalid} left out, ${report.routed} sent to the inbox.\n`,
  );
  for (const problem of report.errors.slice(0, 20))
    process.stderr.write(`  line ${problem.line}: ${problem.error}\n`);
  if (report.invalid > 20) process.stderr.write(`  … and ${report.invalid - 20} more.\n`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** Into a running Hearth over HTTP, with an API token (the data dir belongs to the server). */
export async function importOverHttp(
  path: string,
  format: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const { stream, done } = await withProgress(path);
  const url = new URL('/api/listening/imports', options.url);
  url.searchParams.set('source', options.source ?? basename(path));
  // Ends the request when the server answers before the whole file is sent (a refused upload):
  // otherwise the half-sent request keeps its connection busy on both sides.
  const upload = new AbortController();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token ?? ''}`,
        'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson',
      },
      body: stream as unknown as ReadableStream,
      duplex: 'half',
      signal: upload.signal,
    } as RequestInit);
    const body = (await response.json()) as ImportReport & { error?: { message: string } };
    if (!response.ok) throw new Error(body.error?.message ?? `The server answered ${response.status}`);
    return body;
  } finally {
    upload.abort();
    stream.destroy();
    done();
  }
}

async function importDirectly(
  path: string,
  format: 'csv' | 'jsonl',
  options: ImportOptions,
): Promise<ImportReport> {
  const config = configOrExit();
  const { database, release } = await openConfiguredDatabase(config);
  const hearth = await createHearth({ config, database, work: false, logLevel: 'warn' });
  const { stream, done } = await withProgress(path);
  try {
    const source = await importSource(hearth.ctx, options.source ?? basename(path), options.platform);
    return await importMentions(hearth.ctx, source, readImport(stream, format));
  } finally {
    done();
    await hearth.close();
    await database.close();
    release();
  }
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Bulk imports')
    .command('mentions <file>')
    .description(
      'Import mentions from a CSV (header with a text column) or JSON-lines file; a bad row is reported, the rest imported',
    )
    .option('--source <name>', 'the import source to file them under (default: the file name)')
    .option('--platform <name>', 'the platform of rows that do not name one (default: import)')
    .option('--url <url>', 'send to a running Hearth at this address instead of opening its database')
    .option('--token <token>', 'an API token with write access (with --url)')
    .action(async (file: string, options: ImportOptions) => {
      const format = formatOf(file);
      if (!format) {
        process.stderr.write('Name a .csv, .jsonl or .ndjson file.\n');
        return void (process.exitCode = 2);
      }
      try {
        printReport(
          options.url
            ? await importOverHttp(file, format, options)
            : await importDirectly(file, format, options),
        );
      } catch (error) {
        const message =
          error instanceof DataDirLockedError
            ? 'Hearth is running on this data directory: use --url and --token to send the file to it, or upload it in Listening › Sources.'
            : error instanceof ImportHeaderError || error instanceof Error
              ? error.message
              : String(error);
        process.stderr.write(`${message}\n`);
        process.exitCode = 1;
      }
    });
}
