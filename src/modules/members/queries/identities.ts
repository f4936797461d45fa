import { sql } from 'drizzle-orm';
import type { Db, SqlClient } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import type { Identity } from '../identities.ts';

export interface StoredIdentity extends Identity {
  id: string;
  memberId: string;
}

interface IdentityRowRaw {
  id: string;
  member_id: string;
  kind: Identity['kind'];
  platform: string;
  value: string;
  verified: boolean;
}

function stored(row: IdentityRowRaw): StoredIdentity {
  return {
    id: row.id,
    memberId: row.member_id,
    kind: row.kind,
    platform: row.platform,
    value: row.value,
    verified: row.verified,
  };
}

/** The stored identities among these, with the member each belongs to. */
export async function findIdentities(db: Db, wanted: readonly Identity[]): Promise<StoredIdentity[]> {
  if (wanted.length === 0) return [];
  const rows = await selectRows<IdentityRowRaw>(
    db,
    sql`select i.id, i.member_id, i.kind, i.platform, i.value, i.verified
        from member_identities i
        join unnest(${sql.param(wanted.map((w) => w.kind))}::text[], ${sql.param(wanted.map((w) => w.platform))}::text[],
                    ${sql.param(wanted.map((w) => w.value))}::text[]) as k(kind, platform, value)
          on i.kind = k.kind and i.platform = k.platform and i.value = k.value`,
  );
  return rows.map(stored);
}

export async function identitiesOfMembers(db: Db, memberIds: readonly string[]): Promise<StoredIdentity[]> {
  if (memberIds.length === 0) return [];
  const rows = await selectRows<IdentityRowRaw>(
    db,
    sql`select id, member_id, kind, platform, value, verified from member_identities
        where member_id = any(${sql.param([...memberIds])}::uuid[])
        order by kind, platform, value`,
  );
  return rows.map(stored);
}

/**
 * Stores identities that no one holds yet; returns those stored. One that another transaction
 * stored first is left out, so the caller can look up who holds it.
 */
export async function insertIdentities(
  sqlClient: SqlClient,
  rows: readonly (Identity & { id: string; memberId: string })[],
  at: Date,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const result = await sqlClient.query<{ id: string }>(
    `insert into member_identities (id, member_id, kind, platform, value, verified, created_at)
     select id, member_id, kind, platform, value, verified, $7::timestamptz
     from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::boolean[])
       as r(id, member_id, kind, platform, value, verified)
     on conflict (kind, platform, value) do nothing
     returning id`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.memberId),
      rows.map((row) => row.kind),
      rows.map((row) => row.platform),
      rows.map((row) => row.value),
      rows.map((row) => row.verified),
      at.toISOString(),
    ],
  );
  return new Set(result.rows.map((row) => row.id));
}

export async function markVerified(sqlClient: SqlClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sqlClient.query('update member_identities set verified = true where id = any($1::uuid[])', [
    [...ids],
  ]);
}

export async function moveIdentities(
  sqlClient: SqlClient,
  ids: readonly string[],
  memberId: string,
): Promise<void> {
  if (ids.length === 0) return;
  await sqlClient.query('update member_identities set member_id = $2 where id = any($1::uuid[])', [
    [...ids],
    memberId,
  ]);
}
