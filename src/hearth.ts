import type { Config } from './config/index.ts';
import type { AppContext } from './context.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { withinDeadline } from './core/deadline.ts';
import type { Database } from './db/index.ts';
import { buildApp } from './http/app.ts';
import type { HearthApp } from './http/types.ts';
import { DomainEvents } from './events/index.ts';
import { JobQueue } from './jobs/index.ts';
import { LiveHub } from './live/index.ts';
import { mailJobDefinition, mailOutcomeFact } from './mail/index.ts';
import { requestAuthenticator } from './modules/accounts/index.ts';
import { modules } from './modules/index.ts';
import { initSiteSettings } from './modules/system/index.ts';

/** How long each part of a shutdown may take before Hearth stops waiting for it. */
const stepMs = 10_000;

export interface Hearth {
  app: HearthApp;
  ctx: AppContext;
  /** Stops taking requests, lets in-flight ones finish, stops jobs and live updates. The database stays open. */
  close(): Promise<void>;
}

export interface CreateHearthOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  logLevel?: string;
  /** Run job workers in this process (off for CLI commands that only enqueue). */
  work?: boolean;
  webDir?: string;
}

/** Wires a migrated database into a ready app: the same path for `hearth start` and for tests. */
export async function createHearth(options: CreateHearthOptions): Promise<Hearth> {
  const { config, database } = options;
  const clock = options.clock ?? systemClock;
  const { secret } = await initSiteSettings(
    database.db,
    { signupMode: config.signupMode, secret: config.secret },
    clock.now(),
  );
  const jobs = new JobQueue(database, {
    postgresUrl: config.databaseUrl,
    pollSeconds: config.jobPollSeconds,
  });
  const live = new LiveHub(database);
  const ctx: AppContext = { config, database, jobs, live, events: new DomainEvents(), clock, secret };
  for (const module of modules) module.subscribe?.(ctx);
  const app = await buildApp({
    ctx,
    modules,
    authenticate: requestAuthenticator(ctx),
    ...(options.logLevel ? { logLevel: options.logLevel } : {}),
    ...(options.webDir ? { webDir: options.webDir } : {}),
  });
  jobs.define(
    mailJobDefinition(config, secret, app.log, (outcome) =>
      database.transaction((tx) => ctx.events.emit(tx, { type: mailOutcomeFact, data: outcome })),
    ),
  );
  for (const module of modules) for (const job of module.jobs?.(ctx) ?? []) jobs.define(job);
  await jobs.start({ work: options.work ?? true });
  await live.start();
  await app.ready();
  const stoppers: (() => Promise<void> | void)[] = [];
  if (options.work ?? true)
    for (const module of modules) if (module.start) stoppers.push(await module.start(ctx, app.log));
  return {
    app,
    ctx,
    close: async () => {
      await withinDeadline('background work', Promise.all(stoppers.map((stop) => stop())), stepMs);
      const closed = app.close();
      // In-flight requests had their time: end the connections still open (a stalled upload).
      if (!(await withinDeadline('open requests', closed, stepMs))) app.server.closeAllConnections();
      await withinDeadline('jobs', jobs.stop(), stepMs + jobs.stopTimeoutMs);
      await withinDeadline('live updates', live.stop(), stepMs);
    },
  };
}
