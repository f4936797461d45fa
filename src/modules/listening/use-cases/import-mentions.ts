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
 * Batches being stored at once: while one batch's transaction is in the database, the next is
 * cleaned, enriched and matched here, so the CPU and the database work side by side.
 */
const pipelineDepth = 2;

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
  const inFlight: Promise<void>[] = [];
  // Kept, not thrown from the promise: a batch may fail while an earlier one is being awaited.
  let failure: { error: unknown } | null = null;
  let batch: IncomingMention[] = [];
  const store = (mentions: IncomingMention[]) =>
    ingestMentions(ctx, source, mentions).then(
      (outcome) => {
        report.stored += outcome.stored;
        report.duplicates += outcome.duplicates;
        report.routed += outcome.routed;
        report.invalid += outcome.empty;
        onProgress(report);
      },
      (error: unknown) => {
        failure ??= { error };
      },
    );
  const flush = async () => {
    if (batch.length > 0) inFlight.push(store(batch));
    batch = [];
    if (inFlight.length >= pipelineDepth) await inFlight.shift();
    if (failure) throw failure.error;
  };
  try {
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
  } finally {
    // A failed batch or a broken file still lets the batches under way finish first.
    await Promise.all(inFlight.splice(0));
  }
  const failed = failure as { error: unknown } | null;
  if (failed) throw failed.error;
  return report;
}
