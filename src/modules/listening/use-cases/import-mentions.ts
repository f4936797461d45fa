import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { ImportRow } from '../import/read-import.ts';
import { findSourceByKindAndName, insertSource, type SourceRow } from '../queries/sources.ts';
import type { IncomingMention } from '../types.ts';
import { ingestMentions } from './ingest-mentions.ts';

export interface ImportReport {
  rows: number;
  stored: number;
  duplicates: number;
  routed: number;
  invalid: number;
  /** The first problems, by line (all of them are counted in `invalid`). */
  errors: { line: number; error: string }[];
}

const batchSize = 1_000;
const listedErrors = 100;

/** The import source of this name, made on first use. */
export async function importSource(ctx: AppContext, name: string, platform = 'import'): Promise<SourceRow> {
  return ctx.database.transaction(async (tx) => {
    const existing = await findSourceByKindAndName(tx.db, 'import', name);
    if (existing) return existing;
    return insertSource(tx.db, {
      id: newId(),
      kind: 'import',
      name,
      platform,
      config: {},
      createdAt: ctx.clock.now(),
    });
  });
}

/**
 * Stores the rows of an import in batches through the one way in. Each batch is its own
 * transaction, so what was reported stored is stored; re-importing the same file stores nothing
 * twice (dedupe keys), and a bad row is listed by line without stopping the rest.
 */
export async function importMentions(
  ctx: AppContext,
  source: SourceRow,
  rows: AsyncIterable<ImportRow>,
  onProgress: (report: ImportReport) => void = () => undefined,
): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, stored: 0, duplicates: 0, routed: 0, invalid: 0, errors: [] };
  let batch: IncomingMention[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const outcome = await ingestMentions(ctx, source, batch);
    report.stored += outcome.stored;
    report.duplicates += outcome.duplicates;
    report.routed += outcome.routed;
    report.invalid += outcome.empty;
    batch = [];
    onProgress(report);
  };
  for await (const row of rows) {
    report.rows += 1;
    if ('error' in row) {
      report.invalid += 1;
      if (report.errors.length < listedErrors) report.errors.push({ line: row.line, error: row.error });
      continue;
    }
    batch.push(row.mention);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return report;
}
