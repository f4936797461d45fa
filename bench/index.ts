import type { DbKind } from './output.ts';

const runners: Record<string, (db: DbKind) => Promise<void>> = {
  http: async (db) => (await import('./http.ts')).benchHttp(db),
  durability: async (db) => (await import('./durability.ts')).benchDurability(db),
  forum: async (db) => (await import('./forum.ts')).benchForum(db),
  inbox: async (db) => (await import('./inbox.ts')).benchInbox(db),
  ingest: async (db) => (await import('./ingest.ts')).benchIngest(db),
  members: async (db) => (await import('./members.ts')).benchMembers(db),
};

export const scenarios = Object.keys(runners);

/** `hearth bench <scenario>`: JSON lines on stdout (one per figure), progress on stderr. */
export async function runBench(scenario: string, options: { db: DbKind }): Promise<void> {
  const run = runners[scenario];
  if (!run) throw new Error(`Unknown bench scenario ${scenario} (known: ${scenarios.join(', ')})`);
  await run(options.db);
}
