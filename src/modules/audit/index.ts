import type { Db } from '../../db/index.ts';
import type { HearthModule } from '../../http/module.ts';
import { auditRoutes } from './routes.ts';
import { auditPrivacy } from './privacy.ts';

export { recordAuditEvent, type AuditEntry } from './use-cases/record-event.ts';
export { verifyAuditChain } from './use-cases/verify-chain.ts';
export { auditPolicy } from './policy.ts';

/** Actor names come from the accounts module, passed in so this module reads only its own tables. */
export function auditModule(
  actorNames: (db: Db, ids: string[]) => Promise<Map<string, string>>,
): HearthModule {
  return {
    name: 'audit',
    privacy: auditPrivacy,
    errors: [],
    routes: (app, ctx) => auditRoutes(app, ctx, (ids) => actorNames(ctx.database.db, ids)),
  };
}
