import { sql } from 'drizzle-orm';
import type { PrivacyPart } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

/**
 * What they did that was audited, and from where. Erasure removes their IP addresses; the entries
 * stay (they are the record of who did what). Rows sealed before chain version 2 seal the raw
 * address, so theirs cannot be removed without breaking the chain: they are counted instead.
 */
export const auditPrivacy: PrivacyPart = {
  export: async (db, subject) => {
    if (!subject.userId) return {};
    return {
      auditedActions: await selectRows(
        db,
        sql`select at, action, target_type, target_id, ip from audit_events where actor_id = ${subject.userId}::uuid
            order by id`,
      ),
    };
  },
  erase: async (tx, subject): Promise<Record<string, number>> => {
    if (!subject.userId) return {};
    const erased = await selectRows(
      tx.db,
      sql`update audit_events set ip = null
          where actor_id = ${subject.userId}::uuid and ip is not null and chain_version >= 2 returning id`,
    );
    const sealed = await selectRows(
      tx.db,
      sql`select id from audit_events where actor_id = ${subject.userId}::uuid and ip is not null`,
    );
    return { ipAddressesErased: erased.length, ipAddressesSealedBeforeErasureExisted: sealed.length };
  },
};
