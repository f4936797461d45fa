import type { Clock } from './core/clock.ts';
import type { Config } from './config/index.ts';
import type { Database } from './db/index.ts';
import type { DomainEvents } from './events/index.ts';
import type { JobQueue } from './jobs/index.ts';
import type { LiveHub } from './live/index.ts';

/** What every module's use cases are given: the parts main.ts composes, nothing global. */
export interface AppContext {
  config: Config;
  database: Database;
  jobs: JobQueue;
  live: LiveHub;
  /** Facts modules state in their transactions, for other modules to act on. */
  events: DomainEvents;
  clock: Clock;
  /** The signing key: HEARTH_SECRET or the one generated into the database. */
  secret: string;
}

/** Where a request came from, for the audit log and session list. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}
