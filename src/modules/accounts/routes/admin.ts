import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  adminUserSchema,
  changeRoleSchema,
  listUsersQuerySchema,
  suspendSchema,
  uuidParamSchema,
} from '../schemas.ts';
import { listUsersForAdmin } from '../use-cases/list-users.ts';
import { changeUserRole, reinstateUser, suspendUser } from '../use-cases/manage-users.ts';

const tags = ['admin'];
const security = [{ bearer: [] }];
const userReply = { 200: z.object({ user: adminUserSchema }) };

export function adminRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        security,
        summary: 'Users, newest first, filtered and paginated',
        querystring: listUsersQuerySchema,
        response: { 200: z.object({ items: z.array(adminUserSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => listUsersForAdmin(ctx, request.actor, request.query),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        security,
        summary: "Change a user's role",
        params: uuidParamSchema,
        body: changeRoleSchema,
        response: userReply,
      },
    },
    async (request) => ({
      user: await changeUserRole(ctx, request.actor, request.params.id, request.body.role, request.meta),
    }),
  );

  app.post(
    '/api/admin/users/:id/suspend',
    {
      schema: {
        tags,
        security,
        summary: 'Suspend a user (signs them out everywhere)',
        params: uuidParamSchema,
        body: suspendSchema,
        response: userReply,
      },
    },
    async (request) => ({
      user: await suspendUser(ctx, request.actor, request.params.id, request.body.reason, request.meta),
    }),
  );

  app.post(
    '/api/admin/users/:id/reinstate',
    {
      schema: { tags, security, summary: 'Lift a suspension', params: uuidParamSchema, response: userReply },
    },
    async (request) => ({ user: await reinstateUser(ctx, request.actor, request.params.id, request.meta) }),
  );
}
