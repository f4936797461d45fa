import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { verifySignature } from '../../inbox/index.ts';
import { fail } from '../errors.ts';
import { rememberDelivery } from '../queries/replays.ts';
import { findSource, type SourceRow } from '../queries/sources.ts';
import type { mentionSchema, webhookBody } from '../schemas.ts';
import type { IncomingMention } from '../types.ts';
import { ingestMentions, type IngestOutcome } from './ingest-mentions.ts';

export const toleranceSeconds = 300;

/** Checks the signature before the body is parsed; unknown, archived and mis-signed look the same. */
export async function checkWebhookSignature(
  ctx: AppContext,
  sourceId: string,
  header: string | undefined,
  rawBody: string,
): Promise<{ source: SourceRow; digest: string }> {
  const source = await findSource(ctx.database.db, sourceId);
  const usable = source && source.kind === 'webhook' && !source.archivedAt ? source : undefined;
  const check = verifySignature({
    header,
    rawBody,
    secrets: usable?.secrets ?? [],
    nowMs: ctx.clock.now().getTime(),
    toleranceSeconds,
  });
  if (!usable || !check.ok)
    throw fail.SOURCE_SIGNATURE_INVALID(
      check.ok
        ? {}
        : { message: `The request signature is not valid (${check.reason.replaceAll('_', ' ')}).` },
    );
  return { source: usable, digest: check.digest };
}

export function toIncoming(mention: z.infer<typeof mentionSchema>): IncomingMention {
  return {
    externalId: mention.id ?? null,
    url: mention.url ?? null,
    title: mention.title ?? null,
    text: mention.text,
    author: mention.author ?? null,
    platform: mention.platform ?? null,
    publishedAt: mention.publishedAt ? new Date(mention.publishedAt) : null,
  };
}

/**
 * Stores the mentions with the signature remembered in the same transaction: a replay of the
 * request is refused, and a mention sent again in a new request is stored once (dedupe key).
 */
export async function receiveWebhook(
  ctx: AppContext,
  source: SourceRow,
  digest: string,
  body: z.infer<typeof webhookBody>,
): Promise<IngestOutcome> {
  const mentions = 'mentions' in body ? body.mentions : [body];
  return ingestMentions(ctx, source, mentions.map(toIncoming), async (tx) => {
    if (!(await rememberDelivery(tx.db, `${source.id}:${digest}`, ctx.clock.now())))
      throw fail.SOURCE_SIGNATURE_REPLAYED();
  });
}
