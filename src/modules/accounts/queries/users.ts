import { and, count, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import { onlyRow, type Db } from '../../../db/index.ts';
import { users } from '../tables.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return rows[0];
}

export async function userExists(db: Db, id: string): Promise<boolean> {
  return (await findUserById(db, id)) !== undefined;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, email));
  return rows[0];
}

export async function lockUser(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).for('update');
  return rows[0];
}

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const rows = await db.insert(users).values(user).returning();
  return onlyRow(rows);
}

export async function updateUser(db: Db, id: string, patch: Partial<NewUser>): Promise<UserRow> {
  const rows = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return onlyRow(rows);
}

export async function handleExists(db: Db, handle: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.handle}) = lower(${handle})`);
  return rows.length > 0;
}

// Any constant: the same on every app node.
const roleChangeLockKey = 7_205_118_304;

/**
 * Serialises role changes and suspensions: two admins demoting each other at the same moment would
 * otherwise both see "another admin is left" and leave none.
 */
export async function lockRoleChanges(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${roleChangeLockKey})`);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active')));
  return rows[0]?.n ?? 0;
}

export async function countUsers(db: Db): Promise<number> {
  const rows = await db.select({ n: count() }).from(users);
  return rows[0]?.n ?? 0;
}

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  status?: string | undefined;
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Newest first, so admins see who just joined; keyset-paginated on (created_at, id). */
export async function listUsers(db: Db, filter: UserFilter): Promise<UserRow[]> {
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : undefined;
  return db
    .select()
    .from(users)
    .where(
      and(
        pattern
          ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(users.handle, pattern))
          : undefined,
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.status ? eq(users.status, filter.status) : undefined,
        filter.after
          ? or(
              lt(users.createdAt, new Date(filter.after.createdAt)),
              and(eq(users.createdAt, new Date(filter.after.createdAt)), lt(users.id, filter.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(filter.limit);
}

export async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`${users.id} = any(${sql.param(ids)}::uuid[])`);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** What other modules show next to someone's words: name, @handle, role, and how new they are. */
export interface UserCard {
  id: string;
  name: string;
  handle: string;
  role: string;
  status: string;
  createdAt: Date;
  groupIds: string[];
}

const cardColumns = {
  id: users.id,
  name: users.name,
  handle: users.handle,
  role: users.role,
  status: users.status,
  createdAt: users.createdAt,
  groupIds: users.groupIds,
};

export async function cardsOf(db: Db, ids: string[]): Promise<Map<string, UserCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(cardColumns)
    .from(users)
    .where(sql`${users.id} = any(${sql.param([...new Set(ids)])}::uuid[])`);
  return new Map(rows.map((row) => [row.id, row]));
}

/** Active people by @handle (case-insensitive), for mentions. */
export async function cardsByHandles(db: Db, handles: string[]): Promise<UserCard[]> {
  if (handles.length === 0) return [];
  const lowered = [...new Set(handles.map((handle) => handle.toLowerCase()))];
  return db
    .select(cardColumns)
    .from(users)
    .where(and(sql`lower(${users.handle}) = any(${sql.param(lowered)}::text[])`, eq(users.status, 'active')));
}

/** Active people of some roles, oldest first: the demo picks its speakers from them. */
export async function cardsByRoles(db: Db, roles: string[]): Promise<UserCard[]> {
  return db
    .select(cardColumns)
    .from(users)
    .where(and(sql`${users.role} = any(${sql.param(roles)}::text[])`, eq(users.status, 'active')))
    .orderBy(users.createdAt);
}

/** Account ids by email address (stored lower-case), for linking outside identities to people. */
export async function idsByEmails(db: Db, emails: readonly string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const lowered = [...new Set(emails.map((email) => email.toLowerCase()))];
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(sql`${users.email} = any(${sql.param(lowered)}::text[])`);
  return new Map(rows.map((row) => [row.email, row.id]));
}
