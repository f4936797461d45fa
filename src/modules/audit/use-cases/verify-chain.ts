import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Database } from '../../../db/index.ts';
import { auditPolicy } from '../policy.ts';
import { recordAuditEvent } from './record-event.ts';
import { ChainVerifier, type ChainReport } from '../chain.ts';
import { findHead, listEventsInOrder } from '../queries.ts';

const pageSize = 1000;

/**
 * Recomputes every hash from the first row to the head, in pages, so any size is fine. The head
 * is read first and only rows up to it are checked: rows appended meanwhile are not a break.
 */
export async function verifyAuditChain(
  database: Database,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  const head = await findHead(database.db);
  const verifier = new ChainVerifier();
  let afterId = 0;
  for (;;) {
    const rows = await listEventsInOrder(database.db, afterId, head?.lastId ?? 0, pageSize);
    const last = rows.at(-1);
    if (!verifier.feed(rows) || !last || rows.length < pageSize) break;
    afterId = last.id;
    onProgress?.(afterId);
  }
  return verifier.finish(head);
}

/** An admin's check from the web app; the check itself is audited, with its outcome. */
export async function verifyAuditChainFor(
  ctx: AppContext,
  actor: Actor | null,
  meta: RequestMeta,
): Promise<ChainReport> {
  const admin = auditPolicy.authorize(actor, 'audit.view');
  const report = await verifyAuditChain(ctx.database);
  await ctx.database.transaction((tx) =>
    recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'admin.audit_verified',
      ip: meta.ip,
      data: { ok: report.ok, checked: report.checked, brokenAt: report.brokenAt },
    }),
  );
  return report;
}
