import { readFileSync } from 'node:fs';

/** One row of TWCS (shared/data/twcs-sample/PROVENANCE.md), as the replay and the check both read it. */
export interface Tweet {
  id: number;
  author: string;
  /** True: sent to a brand (a customer); false: a brand's reply. */
  inbound: boolean;
  /** Epoch milliseconds (UTC). */
  at: number;
  text: string;
  inReplyTo: number | null;
}

export const twcsFile = '/work/shared/data/twcs-sample/twcs_first5000.csv';

/**
 * RFC 4180 with LF (or CRLF) record ends. A lone CR is data: PROVENANCE.md says tweet 3399's bare
 * `\r\r` was quoted in the rewrite, but the file still has it unquoted, and a parser that ends
 * records on any CR (eval/intent-csv.ts's) splits that row in three.
 */
export function parseCsvLf(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i += 1;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Tue Oct 31 22:10:47 +0000 2017` (always UTC in TWCS), parsed by hand rather than by Date's guesswork. */
export function parseTwitterTime(value: string): number {
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) \+0000 (\d{4})$/.exec(value);
  const month = match ? months.indexOf(match[1] ?? '') : -1;
  if (!match || month < 0) throw new Error(`Not a TWCS time: ${value}`);
  const [, , day, hour, minute, second, year] = match.map(Number) as number[];
  return Date.UTC(year ?? 0, month, day, hour, minute, second);
}

export function parseTwcs(text: string): Tweet[] {
  const [header, ...rows] = parseCsvLf(text);
  const expected = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';
  if (header?.join(',') !== expected) throw new Error(`Unexpected TWCS header: ${header?.join(',')}`);
  return rows.map((row, index) => {
    if (row.length !== 7) throw new Error(`TWCS row ${index + 2} has ${row.length} fields, not 7`);
    const [id, author, inbound, createdAt, body, , inReplyTo] = row as string[];
    return {
      id: Number(id),
      author: author ?? '',
      inbound: inbound === 'True',
      at: parseTwitterTime(createdAt ?? ''),
      text: body ?? '',
      inReplyTo: inReplyTo ? Number(inReplyTo) : null,
    };
  });
}

export function readTwcs(path = twcsFile): Tweet[] {
  return parseTwcs(readFileSync(path, 'utf8'));
}

/**
 * The thread key: the root of the tweet's `in_response_to_tweet_id` chain, followed for as long as
 * the parent is in the file. The sample is the head of a bigger file, so a chain whose parent is
 * missing starts its thread at the oldest tweet present. Every tweet has one parent, so threads
 * never overlap.
 */
export function threadKeys(tweets: readonly Tweet[]): Map<number, number> {
  const byId = new Map(tweets.map((tweet) => [tweet.id, tweet]));
  const keys = new Map<number, number>();
  for (const tweet of tweets) {
    const path: number[] = [];
    let current = tweet;
    while (!keys.has(current.id)) {
      path.push(current.id);
      const parent = current.inReplyTo === null ? undefined : byId.get(current.inReplyTo);
      // A cycle (none in the file) would otherwise loop for ever: its first tweet becomes the root.
      if (!parent || path.includes(parent.id)) break;
      current = parent;
    }
    const root = keys.get(current.id) ?? current.id;
    for (const id of path) keys.set(id, root);
  }
  return keys;
}

/** The order both the replay and the check walk: by time, then by id for tweets of the same second. */
export function replayOrder(tweets: readonly Tweet[]): Tweet[] {
  return [...tweets].sort((a, b) => a.at - b.at || a.id - b.id);
}

export interface ThreadResponse {
  thread: number;
  /** The thread's first customer tweet: when the conversation opens. */
  openedAt: number;
  /** The first brand tweet after it, or null when the brand never answered in the sample. */
  respondedAt: number | null;
}

/**
 * First response per thread, straight from the rows: a conversation opens at its first inbound
 * tweet; its first response is the first brand tweet after that one. Brand tweets before any
 * customer tweet (their customer's tweet is not in the sample) answer nothing.
 */
export function firstResponses(tweets: readonly Tweet[]): ThreadResponse[] {
  const keys = threadKeys(tweets);
  const threads = new Map<number, ThreadResponse>();
  for (const tweet of replayOrder(tweets)) {
    const thread = keys.get(tweet.id) ?? tweet.id;
    const known = threads.get(thread);
    if (tweet.inbound && !known) threads.set(thread, { thread, openedAt: tweet.at, respondedAt: null });
    else if (!tweet.inbound && known && known.respondedAt === null) known.respondedAt = tweet.at;
  }
  return [...threads.values()];
}

/** Quantile q (0–1), linear between closest ranks (R's type 7, numpy's default); null for no data. */
export function quantileOf(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)] ?? 0;
  const high = sorted[Math.ceil(position)] ?? low;
  return low + (high - low) * (position - Math.floor(position));
}

export interface ResponseStats {
  conversations: number;
  answered: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export function responseStats(responses: readonly ThreadResponse[]): ResponseStats {
  const minutes = responses.flatMap((r) =>
    r.respondedAt === null ? [] : [(r.respondedAt - r.openedAt) / 60_000],
  );
  return {
    conversations: responses.length,
    answered: minutes.length,
    medianMinutes: quantileOf(minutes, 0.5),
    p90Minutes: quantileOf(minutes, 0.9),
  };
}

/**
 * PROVENANCE.md's own figure: brand tweets replying directly to an inbound tweet of the sample,
 * minutes from that tweet to the reply (pairs, not conversations).
 */
export function directReplyMinutes(tweets: readonly Tweet[]): number[] {
  const byId = new Map(tweets.map((tweet) => [tweet.id, tweet]));
  return tweets.flatMap((tweet) => {
    const parent = tweet.inReplyTo === null ? undefined : byId.get(tweet.inReplyTo);
    return !tweet.inbound && parent?.inbound ? [(tweet.at - parent.at) / 60_000] : [];
  });
}
