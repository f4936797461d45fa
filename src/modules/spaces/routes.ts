import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { HearthApp } from '../../http/types.ts';
import {
  createSpaceSchema,
  reorderSpacesSchema,
  spaceIdParamSchema,
  spaceModeratorSchema,
  spaceSchema,
  updateSpaceSchema,
} from './schemas.ts';
import { createSpace, reorderSpaces, updateSpace, type GroupsExist } from './use-cases/manage-spaces.ts';
import { getSpaceFor, listSpacesFor } from './use-cases/read-spaces.ts';
import { addSpaceModerator, removeSpaceModerator, type UserExists } from './use-cases/space-moderators.ts';

const tags = ['spaces'];
const one = { 200: z.object({ space: spaceSchema }) };
const many = { 200: z.object({ items: z.array(spaceSchema) }) };

export interface Lookups {
  userExists: UserExists;
  existingGroupIds: GroupsExist;
}

export function spaceRoutes(app: HearthApp, ctx: AppContext, lookups: Lookups): void {
  const { userExists } = lookups;
  app.get(
    '/api/spaces',
    { schema: { tags, summary: 'The spaces you may read, in order', response: many } },
    async (request) => ({
      items: await listSpacesFor(ctx, request.actor),
    }),
  );

  app.get(
    '/api/spaces/:slug',
    { schema: { tags, summary: 'One space', params: z.object({ slug: z.string().max(60) }), response: one } },
    async (request) => ({ space: await getSpaceFor(ctx, request.actor, request.params.slug) }),
  );

  app.post(
    '/api/admin/spaces',
    {
      schema: {
        tags,
        summary: 'Create a space',
        body: createSpaceSchema,
        response: { 201: z.object({ space: spaceSchema }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        space: await createSpace(ctx, request.actor, request.body, lookups.existingGroupIds, request.meta),
      }),
  );

  app.patch(
    '/api/admin/spaces/:id',
    {
      schema: {
        tags,
        summary: 'Change a space (name, address, kind, audiences, archived)',
        params: spaceIdParamSchema,
        body: updateSpaceSchema,
        response: one,
      },
    },
    async (request) => ({
      space: await updateSpace(
        ctx,
        request.actor,
        request.params.id,
        request.body,
        lookups.existingGroupIds,
        request.meta,
      ),
    }),
  );

  app.put(
    '/api/admin/spaces/order',
    { schema: { tags, summary: 'Set the order of spaces', body: reorderSpacesSchema, response: many } },
    async (request) => ({ items: await reorderSpaces(ctx, request.actor, request.body.ids, request.meta) }),
  );

  app.post(
    '/api/admin/spaces/:id/moderators',
    {
      schema: {
        tags,
        summary: 'Let someone moderate this space',
        params: spaceIdParamSchema,
        body: spaceModeratorSchema,
        response: one,
      },
    },
    async (request) => ({
      space: await addSpaceModerator(
        ctx,
        request.actor,
        request.params.id,
        request.body.userId,
        userExists,
        request.meta,
      ),
    }),
  );

  app.delete(
    '/api/admin/spaces/:id/moderators/:userId',
    {
      schema: {
        tags,
        summary: 'Stop someone moderating this space',
        params: spaceIdParamSchema.extend({ userId: z.uuid() }),
        response: one,
      },
    },
    async (request) => ({
      space: await removeSpaceModerator(
        ctx,
        request.actor,
        request.params.id,
        request.params.userId,
        request.meta,
      ),
    }),
  );
}
