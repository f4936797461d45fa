// A child process for durability.test.ts: writes rows through the product's database layer as
// fast as it can and prints each key only after the write has resolved (committed). The test
// SIGKILLs it at a random moment; every key printed here must survive.
import { lockDataDir, migrateDatabase, openPglite, type Database } from '../../src/db/index.ts';
import { systemClock } from '../../src/core/clock.ts';
import { recordAuditEvent } from '../../src/modules/audit/index.ts';
import { siteSettings } from '../../src/modules/system/tables.ts';

const [dataDir, runArg] = process.argv.slice(2);
if (!dataDir || !runArg) throw new Error('usage: writer.ts <data dir> <run number>');

// The same lock `hearth start` takes: after a SIGKILL the next run must be able to take it over.
lockDataDir(dataDir);
const database = await openPglite(dataDir);
await migrateDatabase(database, null);
process.stdout.write('ready\n');

/** Even rows in autocommit, odd rows in a transaction together with an audit entry. */
async function write(database: Database, key: string, n: number): Promise<void> {
  const row = { key, value: { n }, updatedAt: systemClock.now() };
  if (n % 2 === 0) {
    await database.db.insert(siteSettings).values(row);
    return;
  }
  await database.transaction(async (tx) => {
    await tx.db.insert(siteSettings).values(row);
    await recordAuditEvent(tx, systemClock, {
      actorId: null,
      action: 'test.durability_write',
      targetType: 'site_setting',
      targetId: key,
      ip: null,
    });
  });
}

// Bounded so a writer that is never killed still ends; the test kills it long before.
for (let n = 0; n < 1_000_000; n++) {
  const key = `durability-${runArg}-${n}`;
  await write(database, key, n);
  // A write to a pipe is synchronous on Linux: once this returns, the parent will read the line
  // even if this process dies on the next instruction.
  process.stdout.write(`${key}\n`);
}
