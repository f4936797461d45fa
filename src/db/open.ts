import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './types.ts';

export interface DatabaseSettings {
  databaseUrl: string | null;
  dataDir: string;
  databasePoolSize: number;
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl
    ? openPostgres(settings.databaseUrl, settings.databasePoolSize)
    : openPglite(settings.dataDir);
}
