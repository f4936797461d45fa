// Listening's feed reader: fetch an RSS/Atom feed safely (size, time and redirect limits, conditional
// requests), parse it into plain-text items, and decide when to poll next. No database: the caller
// stores the ETag, Last-Modified and failure count per feed and passes them back in.
export {
  BACKOFF_JITTER,
  feedHealth,
  MAX_BACKOFF_MS,
  nextPollDelayMs,
  STALE_AFTER_INTERVALS,
  type FeedHealth,
  type FeedHealthInput,
  type PollDelayInput,
} from './backoff.ts';
export {
  fetchFeed,
  MAX_FEED_URL_LENGTH,
  MAX_REDIRECTS,
  MAX_RETRY_AFTER_MS,
  validateFeedUrl,
  type FetchFeedOptions,
  type FetchOutcome,
} from './fetch-feed.ts';
export { MAX_TEXT_LENGTH } from './feed-text.ts';
export {
  FEED_ENTITIES_ERROR,
  MAX_FEED_ITEMS,
  NOT_A_FEED_ERROR,
  parseFeed,
  type FeedItem,
  type ParsedFeed,
  type ParseFeedOptions,
  type ParseFeedResult,
} from './parse-feed.ts';
