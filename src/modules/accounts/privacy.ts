import { sql } from 'drizzle-orm';
import { erasedName, type PrivacyPart } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

/**
 * Their account: on erasure it stays (so what they wrote keeps an author and replies still make
 * sense) but becomes anonymous and cannot sign in; every session, token and IP address goes.
 */
export const accountPrivacy: PrivacyPart = {
  export: async (db, subject) => {
    if (!subject.userId) return {};
    const id = subject.userId;
    const [account, sessions, apiTokens] = await Promise.all([
      selectRows(
        db,
        sql`select u.email, u.name, u.handle, u.role, u.status, u.email_verified_at, u.created_at, u.last_seen_at,
              coalesce((select array_agg(g.name order by g.name) from groups g where g.id = any(u.group_ids)), '{}') as groups
            from users u where u.id = ${id}::uuid`,
      ),
      selectRows(
        db,
        sql`select created_at, last_seen_at, expires_at, revoked_at, ip, user_agent from sessions
            where user_id = ${id}::uuid order by created_at`,
      ),
      selectRows(
        db,
        sql`select name, created_at from api_tokens where user_id = ${id}::uuid order by created_at`,
      ),
    ]);
    return { account: account[0] ?? null, sessions, apiTokens };
  },
  erase: async (tx, subject, now): Promise<Record<string, number>> => {
    if (!subject.userId) return {};
    const id = subject.userId;
    const count = async (statement: ReturnType<typeof sql>) => (await selectRows(tx.db, statement)).length;
    const tag = id.replace(/-/g, '').slice(0, 12);
    return {
      account: await count(
        sql`update users set name = ${erasedName}, email = ${`erased-${tag}@erased.invalid`}, handle = ${`erased_${tag}`},
              password_hash = null, status = 'suspended', suspended_reason = 'Erased at their request',
              suspended_at = ${now.toISOString()}::timestamptz, group_ids = '{}', updated_at = ${now.toISOString()}::timestamptz
            where id = ${id}::uuid returning id`,
      ),
      sessions: await count(sql`delete from sessions where user_id = ${id}::uuid returning id`),
      apiTokens: await count(sql`delete from api_tokens where user_id = ${id}::uuid returning id`),
      oneTimeLinks: await count(sql`delete from one_time_tokens where user_id = ${id}::uuid returning id`),
      invitations: await count(
        sql`update invitations set email = null where lower(email) = any(${sql.param(subject.emails)}::text[])
            returning id`,
      ),
    };
  },
};
