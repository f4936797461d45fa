import { prepareTarget } from './database.ts';
import { benchFirstResponse } from './inbox-first-response.ts';
import { benchServer } from './inbox-server.ts';
import { benchSla } from './inbox-sla.ts';
import { readTwcs } from './inbox-twcs.ts';
import type { DbKind } from './output.ts';

/**
 * `hearth bench inbox`: the pure SLA maths, TWCS replayed through the inbox (first-response times
 * checked against the CSV alone), then a real server with 100,000 open conversations: the list
 * views, and signed messages from the API channel to a routed, assigned conversation.
 */
export async function benchInbox(db: DbKind): Promise<void> {
  const tweets = readTwcs();
  // First, while nothing else runs: pure CPU, one thread.
  benchSla(db);
  const target = await prepareTarget(db);
  try {
    await benchFirstResponse(target, tweets);
    await benchServer(target, tweets);
  } finally {
    await target.dispose();
  }
}
