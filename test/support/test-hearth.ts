import { withinDeadline } from '../../src/core/deadline.ts';
import { loadConfig, type Config } from '../../src/config/index.ts';
import type { Clock } from '../../src/core/clock.ts';
import { createHearth, type Hearth } from '../../src/hearth.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';
import { TestClient } from './test-client.ts';

export interface TestHearth extends Hearth {
  db: TestDatabase;
  config: Config;
  /** A new browser-like client (own cookies, own IP address). */
  client(): TestClient;
  dispose(): Promise<void>;
}

let clientCounter = 0;

/**
 * The real app on a private, migrated database of the project's kind. Only the outside world is
 * configured: no demo, quiet logs, a generous global rate limit unless a test asks otherwise.
 */
export async function startTestHearth(
  overrides: Partial<Config> = {},
  options: { clock?: Clock; work?: boolean } = {},
): Promise<TestHearth> {
  const db = await openTestDatabase();
  const config: Config = {
    ...loadConfig({}),
    demo: false,
    logLevel: 'silent',
    jobPollSeconds: 1,
    rateLimitPerMinute: 100_000,
    databaseUrl: db.url,
    databasePoolSize: 5,
    // Tests that receive email start the listener themselves (port 0: a free one).
    inboundSmtpPort: -1,
    ...overrides,
  };
  const hearth = await createHearth({
    config,
    database: db.database,
    logLevel: 'silent',
    work: options.work ?? true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    ...hearth,
    db,
    config,
    client: () =>
      new TestClient(
        hearth.app,
        `10.${(++clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`,
      ),
    dispose: async () => {
      await hearth.close();
      await withinDeadline('test database', db.dispose(), 20_000);
    },
  };
}
