import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { HearthApp } from '../../http/types.ts';
import {
  listQuery,
  markReadSchema,
  notificationListSchema,
  preferencesSchema,
  unsubscribeQuery,
  updatePreferencesSchema,
} from './schemas.ts';
import { listMyNotifications, markMyNotificationsRead, unreadCount } from './use-cases/inbox.ts';
import { getPreferences, updatePreferences } from './use-cases/preferences.ts';
import { unsubscribe } from './use-cases/unsubscribe.ts';

const tags = ['notifications'];
const unread = { 200: z.object({ unread: z.number().int() }) };
const preferences = { 200: preferencesSchema };

export function notificationRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first',
        querystring: listQuery,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listMyNotifications(ctx, request.actor, request.query),
  );
  app.get(
    '/api/notifications/unread',
    { schema: { tags, summary: 'How many notifications you have not read', response: unread } },
    async (request) => ({ unread: await unreadCount(ctx, request.actor) }),
  );
  app.post(
    '/api/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark notifications read (some, or all)',
        body: markReadSchema,
        response: unread,
      },
    },
    async (request) => ({ unread: await markMyNotificationsRead(ctx, request.actor, request.body) }),
  );
  app.get(
    '/api/notifications/preferences',
    { schema: { tags, summary: 'What notifies you, and how', response: preferences } },
    async (request) => getPreferences(ctx, request.actor),
  );
  app.patch(
    '/api/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Change what notifies you',
        body: updatePreferencesSchema,
        response: preferences,
      },
    },
    async (request) => updatePreferences(ctx, request.actor, request.body),
  );
  app.post(
    '/api/notifications/unsubscribe',
    {
      // Mail clients post here without cookies (RFC 8058); the signed link is the credential.
      config: { skipCsrf: true },
      schema: {
        tags,
        summary: 'One-click unsubscribe from notification email (RFC 8058; the link in every email)',
        querystring: unsubscribeQuery,
        response: { 200: z.object({ unsubscribed: z.literal(true) }) },
      },
    },
    async (request) => {
      await unsubscribe(ctx, request.query.u, request.query.t);
      return { unsubscribed: true as const };
    },
  );
}
