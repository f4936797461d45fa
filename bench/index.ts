import type { DbKind } from './output.ts';

const scenarios: Record<string, (db: DbKind) => Promise<void>> = {
  http: async (db) => (await import('./http.ts')).benchHttp(db),
  durability: async (db) => (await import('./durability.ts')).benchDurability(db),
};

/** `hearth bench <scenario>`: JSON lines on stdout (one per figure), progress on stderr. */
export async function runBench(scenario: string, options: { db: DbKind }): Promise<void> {
  const run = scenarios[scenario];
  if (!run)
    throw new Error(`Unknown bench scenario ${scenario} (known: ${Object.keys(scenarios).join(', ')})`);
  await run(options.db);
}
