export async function runBench(scenario: string, _options: { db: 'pglite' | 'postgres' }): Promise<void> {
  throw new Error(`Unknown bench scenario ${scenario}`);
}
