import type { Database } from '../../../db/index.ts';
import { ChainVerifier, type ChainReport } from '../chain.ts';
import { findHead, listEventsInOrder } from '../queries.ts';

const pageSize = 1000;

/** Recomputes every hash from the first row to the head; reads in pages, so any size is fine. */
export async function verifyAuditChain(
  database: Database,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  const verifier = new ChainVerifier();
  let afterId = 0;
  for (;;) {
    const rows = await listEventsInOrder(database.db, afterId, pageSize);
    const last = rows.at(-1);
    if (!verifier.feed(rows) || !last || rows.length < pageSize) break;
    afterId = last.id;
    onProgress?.(afterId);
  }
  return verifier.finish(await findHead(database.db));
}
