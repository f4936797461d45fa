import type { AppContext } from '../../../context.ts';
import type { ModuleLog } from '../../../http/module.ts';
import { fetchFeed, nextPollDelayMs, type FeedItem } from '../feeds/index.ts';
import { dueFeeds, updateSource, type SourceRow } from '../queries/sources.ts';
import type { IncomingMention } from '../types.ts';
import { ingestMentions } from './ingest-mentions.ts';

const feedMaxBytes = 5 * 1024 * 1024;
const feedTimeoutMs = 15_000;

function toMention(item: FeedItem): IncomingMention {
  return {
    externalId: item.externalId,
    url: item.url,
    title: item.title,
    text: item.text,
    author: item.author ? { name: item.author } : null,
    publishedAt: item.publishedAt,
  };
}

/**
 * Polls one feed: a conditional request (ETag / Last-Modified), the items stored through the one
 * way in (so a feed repeating its items stores each once), then the feed's health and next poll:
 * its interval after a success, backing off exponentially after failures.
 */
export async function pollFeed(ctx: AppContext, source: SourceRow): Promise<void> {
  const url = source.config.url;
  if (!url) return;
  const intervalMs = source.pollIntervalMinutes * 60_000;
  const outcome = await fetchFeed(url, {
    etag: source.etag,
    lastModified: source.lastModified,
    timeoutMs: feedTimeoutMs,
    maxBytes: feedMaxBytes,
    userAgent: 'Hearth listening (+feed reader)',
  });
  const now = ctx.clock.now();
  if (outcome.kind === 'error') {
    const failures = source.consecutiveFailures + 1;
    const delay = nextPollDelayMs({
      intervalMs,
      consecutiveFailures: failures,
      retryAfterMs: outcome.retryAfterMs,
    });
    await updateSource(ctx.database.db, source.id, {
      lastPolledAt: now,
      lastError: outcome.message,
      consecutiveFailures: failures,
      nextPollAt: new Date(now.getTime() + delay),
    });
    return;
  }
  if (outcome.kind === 'ok' && outcome.feed.items.length > 0)
    await ingestMentions(ctx, source, outcome.feed.items.map(toMention));
  await updateSource(ctx.database.db, source.id, {
    lastPolledAt: now,
    lastSuccessAt: now,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: new Date(
      now.getTime() + nextPollDelayMs({ intervalMs, consecutiveFailures: 0, retryAfterMs: null }),
    ),
    ...(outcome.kind === 'ok' ? { etag: outcome.etag, lastModified: outcome.lastModified } : {}),
  });
}

/** Every feed that is due, one after another. */
export async function pollDueFeeds(ctx: AppContext, log: ModuleLog): Promise<number> {
  const feeds = await dueFeeds(ctx.database.db, ctx.clock.now());
  for (const feed of feeds) {
    try {
      await pollFeed(ctx, feed);
    } catch (error) {
      log.error({ err: error, sourceId: feed.id }, 'listening feed poll failed');
      await updateSource(ctx.database.db, feed.id, {
        lastError: 'Hearth could not store this feed’s items; it will try again.',
        consecutiveFailures: feed.consecutiveFailures + 1,
        nextPollAt: new Date(ctx.clock.now().getTime() + feed.pollIntervalMinutes * 60_000),
      });
    }
  }
  return feeds.length;
}

/** Looks for due feeds every `intervalMs`, one pass at a time. */
export function startFeedPolling(ctx: AppContext, log: ModuleLog, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = pollDueFeeds(ctx, log)
      .catch((error: unknown) => log.error({ err: error }, 'listening feed polling failed'))
      .finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
