import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Role } from '../../../core/roles.ts';
import { sha256 } from '../../../core/ids.ts';
import { fail } from '../errors.ts';
import { findLiveApiToken, touchApiToken } from '../queries/api-tokens.ts';
import { findLiveSession, touchSession } from '../queries/sessions.ts';
import { updateUser, type UserRow } from '../queries/users.ts';
import { sessionExpiry } from './session-tokens.ts';

export const apiTokenPrefix = 'hth_';
// Writing "last seen" on every request would turn every read into a write: once a minute is enough.
const touchEveryMs = 60_000;

export interface Credentials {
  sessionToken: string | null;
  bearerToken: string | null;
}

/**
 * Who is calling. A bad API token is an error (the caller meant to authenticate); a stale
 * cookie just means "not signed in".
 */
export async function authenticate(ctx: AppContext, credentials: Credentials): Promise<Actor | null> {
  if (credentials.bearerToken !== null) return authenticateToken(ctx, credentials.bearerToken);
  if (credentials.sessionToken) return authenticateSession(ctx, credentials.sessionToken);
  return null;
}

async function authenticateSession(ctx: AppContext, token: string): Promise<Actor | null> {
  const now = ctx.clock.now();
  const found = await findLiveSession(ctx.database.db, sha256(token), now);
  if (!found || found.user.status !== 'active') return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() > touchEveryMs) {
    await touchSession(ctx.database.db, found.session.id, now, sessionExpiry(ctx, now));
    await updateUser(ctx.database.db, found.user.id, { lastSeenAt: now });
  }
  return remember(found.user, {
    userId: found.user.id,
    role: found.user.role as Role,
    name: found.user.name,
    via: 'session',
    sessionId: found.session.id,
    tokenId: null,
    scope: 'session',
    groupIds: found.user.groupIds,
  });
}

async function authenticateToken(ctx: AppContext, token: string): Promise<Actor> {
  if (!token.startsWith(apiTokenPrefix) || token.length > 200) throw fail.AUTH_TOKEN_INVALID();
  const found = await findLiveApiToken(ctx.database.db, sha256(token));
  if (!found) throw fail.AUTH_TOKEN_INVALID();
  if (found.user.status !== 'active') throw fail.AUTH_ACCOUNT_SUSPENDED();
  const now = ctx.clock.now();
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > touchEveryMs) {
    await touchApiToken(ctx.database.db, found.token.id, now);
  }
  return remember(found.user, {
    userId: found.user.id,
    role: found.user.role as Role,
    name: found.user.name,
    via: 'token',
    sessionId: null,
    tokenId: found.token.id,
    scope: found.token.scope === 'write' ? 'write' : 'read',
    groupIds: found.user.groupIds,
  });
}

// The user row read while authenticating, kept for the rest of that request (GET /api/me needs
// nothing else); keyed by the actor object, so it lives exactly as long as the request does.
const usersByActor = new WeakMap<Actor, UserRow>();

function remember(user: UserRow, actor: Actor): Actor {
  usersByActor.set(actor, user);
  return actor;
}

export function userOf(actor: Actor): UserRow | undefined {
  return usersByActor.get(actor);
}
