import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../core/pagination.ts';
import { toAdminUser, type AdminUserDto } from '../dto.ts';
import { accountPolicy } from '../policy.ts';
import { listUsers } from '../queries/users.ts';
import type { ListUsersQuery } from '../schemas.ts';

const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

export async function listUsersForAdmin(
  ctx: AppContext,
  actor: Actor | null,
  query: ListUsersQuery,
): Promise<Page<AdminUserDto>> {
  accountPolicy.authorize(actor, 'users.list');
  const rows = await listUsers(ctx.database.db, {
    q: query.q,
    role: query.role,
    status: query.status,
    after: decodeCursor(query.cursor, cursorSchema),
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(toAdminUser),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}
