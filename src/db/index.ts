export type { Database, Db, DbKind, SqlClient, Tx } from './types.ts';
export { openDatabase, type DatabaseSettings } from './open.ts';
export { openPglite, wrapPglite } from './pglite.ts';
export { openPostgres } from './postgres.ts';
export { migrateDatabase } from './migrate.ts';
export { lockDataDir, DataDirLockedError } from './lock.ts';
export { notifyInTransaction, eventsChannel } from './notify.ts';
export { isUniqueViolation } from './errors.ts';
export { onlyRow, selectRows } from './rows.ts';
