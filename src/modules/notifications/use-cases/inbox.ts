import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { decodeCursor, encodeCursor } from '../../../core/pagination.ts';
import { requireActor } from '../../../core/policy.ts';
import { z } from 'zod';
import { userCards } from '../../accounts/index.ts';
import { countUnread, listNotifications, markRead } from '../queries.ts';
import type { notificationListSchema, NotificationKind } from '../schemas.ts';

const cursorSchema = z.object({ createdAt: z.string(), id: z.uuid() });

export async function listMyNotifications(
  ctx: AppContext,
  actor: Actor | null,
  query: { cursor?: string | undefined; limit: number },
): Promise<z.infer<typeof notificationListSchema>> {
  const me = requireActor(actor);
  const db = ctx.database.db;
  const rows = await listNotifications(
    db,
    me.userId,
    query.limit + 1,
    decodeCursor(query.cursor, cursorSchema),
  );
  const page = rows.slice(0, query.limit);
  const cards = await userCards(
    db,
    page.flatMap((row) => (row.actorId ? [row.actorId] : [])),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const card = row.actorId ? cards.get(row.actorId) : undefined;
      return {
        id: row.id,
        kind: row.kind as NotificationKind,
        actor: card ? { id: card.id, name: card.name, handle: card.handle } : null,
        threadId: row.threadId,
        postId: row.postId,
        link: row.link,
        title: row.title,
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
      };
    }),
    unread: await countUnread(db, me.userId),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

export async function unreadCount(ctx: AppContext, actor: Actor | null): Promise<number> {
  return countUnread(ctx.database.db, requireActor(actor).userId);
}

export async function markMyNotificationsRead(
  ctx: AppContext,
  actor: Actor | null,
  which: { ids: string[] } | { all: true },
): Promise<number> {
  const me = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    await markRead(tx.db, me.userId, 'ids' in which ? which.ids : 'all', ctx.clock.now());
    await ctx.live.publish(tx, {
      type: 'notifications.changed',
      audience: { userIds: [me.userId] },
      data: {},
    });
    return countUnread(tx.db, me.userId);
  });
}
