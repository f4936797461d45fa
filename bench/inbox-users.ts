import type { Actor } from '../src/core/actor.ts';
import { newId } from '../src/core/ids.ts';
import type { Role } from '../src/core/roles.ts';
import type { Db } from '../src/db/index.ts';
import { hashPassword, insertUser } from '../src/modules/accounts/index.ts';
import { benchPassword } from './forum-data.ts';

export interface InboxUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * People written straight to the database (the server stopped, or before the in-process app takes
 * requests), with the forum bench's password so `signIn` from forum-client.ts works for them.
 */
export async function insertInboxUsers(db: Db, prefix: string, roles: readonly Role[]): Promise<InboxUser[]> {
  const passwordHash = await hashPassword(benchPassword);
  const joined = new Date(Date.now() - 400 * 86_400_000);
  const users: InboxUser[] = [];
  for (const [i, role] of roles.entries()) {
    const email = `${prefix}-${role}-${i}@bench.hearth.local`;
    const name = `${prefix[0]?.toUpperCase()}${prefix.slice(1)} ${role} ${i}`;
    const user = await insertUser(db, {
      id: newId(),
      email,
      name,
      handle: `${prefix}_${role}_${i}`,
      passwordHash,
      role,
      emailVerifiedAt: joined,
      createdAt: joined,
      updatedAt: joined,
    });
    users.push({ id: user.id, email, name, role });
  }
  return users;
}

/** The user as a signed-in actor, for calling use cases in-process. */
export function actorFor(user: InboxUser): Actor {
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    via: 'session',
    sessionId: null,
    tokenId: null,
    scope: 'session',
  };
}
