import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { forgetGroup } from '../../spaces/index.ts';
import {
  createGroupSchema,
  groupMemberSchema,
  groupMembersSchema,
  groupSchema,
  updateGroupSchema,
  uuidParamSchema,
} from '../schemas.ts';
import { setGroupMember, listGroupMembers } from '../use-cases/group-members.ts';
import { createGroup, deleteGroup, listGroupsFor, updateGroup } from '../use-cases/manage-groups.ts';

const tags = ['admin'];
const members = { 200: groupMembersSchema };

export function groupRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/admin/groups',
    {
      schema: {
        tags,
        summary: 'Groups of people, by name',
        response: { 200: z.object({ items: z.array(groupSchema) }) },
      },
    },
    async (request) => ({ items: await listGroupsFor(ctx, request.actor) }),
  );
  app.post(
    '/api/admin/groups',
    {
      schema: {
        tags,
        summary: 'Create a group',
        body: createGroupSchema,
        response: { 201: z.object({ group: groupSchema }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ group: await createGroup(ctx, request.actor, request.body, request.meta) }),
  );
  app.patch(
    '/api/admin/groups/:id',
    {
      schema: {
        tags,
        summary: 'Rename a group or change its address',
        params: uuidParamSchema,
        body: updateGroupSchema,
        response: { 200: z.object({ group: groupSchema }) },
      },
    },
    async (request) => ({
      group: await updateGroup(ctx, request.actor, request.params.id, request.body, request.meta),
    }),
  );
  app.delete(
    '/api/admin/groups/:id',
    { schema: { tags, summary: 'Delete a group (spaces stop admitting it)', params: uuidParamSchema } },
    async (request, reply) => {
      await deleteGroup(ctx, request.actor, request.params.id, forgetGroup, request.meta);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/admin/groups/:id/members',
    { schema: { tags, summary: 'Who is in a group', params: uuidParamSchema, response: members } },
    async (request) => listGroupMembers(ctx, request.actor, request.params.id),
  );
  app.post(
    '/api/admin/groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Put someone in a group',
        params: uuidParamSchema,
        body: groupMemberSchema,
        response: members,
      },
    },
    async (request) =>
      setGroupMember(ctx, request.actor, request.params.id, request.body.userId, true, request.meta),
  );
  app.delete(
    '/api/admin/groups/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Take someone out of a group',
        params: uuidParamSchema.extend({ userId: z.uuid() }),
        response: members,
      },
    },
    async (request) =>
      setGroupMember(ctx, request.actor, request.params.id, request.params.userId, false, request.meta),
  );
}
