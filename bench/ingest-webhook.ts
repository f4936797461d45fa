import { signatureHeaderValue } from '../src/modules/inbox/index.ts';
import type { IncomingMention } from '../src/modules/listening/index.ts';
import type { IngestHearth } from './ingest-hearth.ts';

export interface Posted {
  ok: boolean;
  status: number;
  stored: number;
  sentAt: number;
  doneAt: number;
}

function wire(mention: IncomingMention) {
  return {
    id: mention.externalId ?? undefined,
    url: mention.url ?? undefined,
    text: mention.text,
    author: mention.author
      ? { handle: mention.author.handle ?? undefined, name: mention.author.name ?? undefined }
      : undefined,
    platform: mention.platform ?? undefined,
    publishedAt: mention.publishedAt?.toISOString(),
  };
}

/** One signed webhook request with a batch of mentions, as an integration would send it. */
export async function postBatch(run: IngestHearth, batch: readonly IncomingMention[]): Promise<Posted> {
  const body = JSON.stringify({ mentions: batch.map(wire) });
  const sentAt = performance.now();
  const response = await fetch(`${run.url}/api/listening/sources/${run.webhook.id}/mentions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'hearth-signature': signatureHeaderValue(run.webhook.secret, Math.floor(Date.now() / 1000), body),
    },
    body,
  });
  const answer = (await response.json()) as { stored?: number };
  return {
    ok: response.status === 202,
    status: response.status,
    stored: answer.stored ?? 0,
    sentAt,
    doneAt: performance.now(),
  };
}

/** Sends every batch with `concurrency` requests in flight; returns each request's outcome. */
export async function postAll(
  run: IngestHearth,
  batches: readonly (readonly IncomingMention[])[],
  concurrency: number,
): Promise<Posted[]> {
  const results: Posted[] = [];
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      if (batch) results.push(await postBatch(run, batch));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
