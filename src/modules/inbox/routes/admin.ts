import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  apiChannelSchema,
  idParam,
  orderSchema,
  ruleSchema,
  savedReplySchema,
  settingsSchema,
  slaPolicySchema,
  teamPatchSchema,
  teamSchema,
} from '../admin-schemas.ts';
import { createChannel, listChannels, rotateSecret } from '../use-cases/api-channels.ts';
import { listRawMail } from '../use-cases/raw-mail.ts';
import {
  createRoutingRule,
  deleteRoutingRule,
  listRoutingRules,
  reorderRules,
  updateRoutingRule,
} from '../use-cases/manage-rules.ts';
import {
  createPolicy,
  getInboxSettings,
  listPolicies,
  removePolicy,
  reorderPolicies,
  saveInboxSettings,
  updatePolicy,
} from '../use-cases/manage-sla.ts';
import {
  createTeam,
  listAgents,
  listChannelKinds,
  listInboxTeams,
  updateInboxTeam,
} from '../use-cases/manage-teams.ts';
import type { SavedReplyRow } from '../queries/replies.ts';
import { createReply, editReply, listReplies, removeReply } from '../use-cases/saved-replies.ts';

const tags = ['inbox settings'];

const interval = z.object({ start: z.string(), end: z.string() });
const calendarDto = z.object({
  timezone: z.string(),
  weekly: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(interval)),
  holidays: z.array(z.string()),
  exceptions: z.array(z.object({ date: z.string(), intervals: z.array(interval) })),
});

const teamDto = z.object({
  id: z.uuid(),
  name: z.string(),
  lead: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  calendar: calendarDto.nullable(),
  assignment: z.string(),
  members: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      handle: z.string(),
      capacity: z.number(),
      openLoad: z.number(),
    }),
  ),
});
const ruleDto = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.number(),
  enabled: z.boolean(),
  conditions: z.array(z.record(z.string(), z.unknown())),
  actions: z.object({
    teamId: z.string().optional(),
    priority: z.string().optional(),
    assigneeId: z.string().optional(),
    slaPolicyId: z.string().optional(),
    addTags: z.array(z.string()).optional(),
  }),
  stop: z.boolean(),
});
const policyDto = slaPolicySchema.extend({ id: z.uuid(), position: z.number() });
const settingsDto = z.object({
  calendar: calendarDto.nullable(),
  highLoadPerAgent: z.number(),
  offHoursMessage: z.string(),
  learnedRouting: z.string(),
  applyConfidence: z.number(),
});
const savedReplyDto = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  createdBy: z.uuid(),
  updatedAt: z.string(),
});
const replyDto = (row: SavedReplyRow) => ({ ...row, updatedAt: row.updatedAt.toISOString() });
const channelDto = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  secretCount: z.number(),
  secret: z.string().optional(),
});
const ok = { 200: z.object({ ok: z.literal(true) }) };

export function adminRoutes(app: HearthApp, ctx: AppContext): void {
  teamRoutes(app, ctx);
  ruleRoutes(app, ctx);
  policyRoutes(app, ctx);
  replyRoutes(app, ctx);
  app.get(
    '/api/inbox/settings',
    { schema: { tags, summary: 'Inbox settings', response: { 200: settingsDto } } },
    async (request) => getInboxSettings(ctx, request.actor),
  );
  app.patch(
    '/api/inbox/settings',
    {
      schema: {
        tags,
        summary: 'Change opening hours, high-load threshold, off-hours message, learned routing',
        body: settingsSchema,
        response: { 200: settingsDto },
      },
    },
    async (request) => saveInboxSettings(ctx, request.actor, request.body),
  );
  app.get(
    '/api/inbox/raw-mail',
    {
      schema: {
        tags,
        summary: 'Inbound mail that could not be read, kept as received (admins)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                envelopeFrom: z.string().nullable(),
                remoteAddress: z.string().nullable(),
                error: z.string(),
                bytes: z.number(),
                raw: z.string(),
                receivedAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listRawMail(ctx, request.actor) }),
  );
  app.get(
    '/api/inbox/api-channels',
    {
      schema: { tags, summary: 'API channels', response: { 200: z.object({ items: z.array(channelDto) }) } },
    },
    async (request) => ({
      items: await listChannels(ctx, request.actor),
    }),
  );
  app.post(
    '/api/inbox/api-channels',
    {
      schema: {
        tags,
        summary: 'Create an API channel (its signing secret is shown once)',
        body: apiChannelSchema,
        response: { 200: channelDto },
      },
    },
    async (request) => createChannel(ctx, request.actor, request.body.name),
  );
  app.post(
    '/api/inbox/api-channels/:id/rotate',
    {
      schema: {
        tags,
        summary: 'Rotate the signing secret (the previous one keeps working until the next rotation)',
        params: idParam,
        response: { 200: channelDto },
      },
    },
    async (request) => rotateSecret(ctx, request.actor, request.params.id),
  );
}

function teamRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/teams',
    {
      schema: {
        tags,
        summary: 'Teams with members, load and opening hours',
        response: { 200: z.object({ items: z.array(teamDto) }) },
      },
    },
    async (request) => ({
      items: await listInboxTeams(ctx, request.actor),
    }),
  );
  app.get(
    '/api/inbox/agents',
    {
      schema: {
        tags,
        summary: 'Everyone who can work the inbox (for teams, leads, rules and the rota)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                handle: z.string(),
                role: z.string(),
                available: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await listAgents(ctx, request.actor) }),
  );
  app.get(
    '/api/inbox/channels',
    {
      schema: {
        tags,
        summary: 'The channels conversations come from, and whether replies can go back through them',
        response: {
          200: z.object({
            items: z.array(z.object({ kind: z.string(), label: z.string(), canReply: z.boolean() })),
          }),
        },
      },
    },
    async (request) => ({ items: listChannelKinds(request.actor) }),
  );
  app.post(
    '/api/inbox/teams',
    { schema: { tags, summary: 'Create a team', body: teamSchema, response: { 200: teamDto } } },
    async (request) => createTeam(ctx, request.actor, request.body),
  );
  app.patch(
    '/api/inbox/teams/:id',
    {
      schema: {
        tags,
        summary: 'Change a team (archived: true retires it)',
        params: idParam,
        body: teamPatchSchema,
        response: { 200: teamDto },
      },
    },
    async (request) => updateInboxTeam(ctx, request.actor, request.params.id, request.body),
  );
}

function ruleRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/rules',
    {
      schema: {
        tags,
        summary: 'Routing rules in order',
        response: { 200: z.object({ items: z.array(ruleDto) }) },
      },
    },
    async (request) => ({
      items: await listRoutingRules(ctx, request.actor),
    }),
  );
  app.post(
    '/api/inbox/rules',
    {
      schema: {
        tags,
        summary: 'Add a routing rule (last in order)',
        body: ruleSchema,
        response: { 200: ruleDto },
      },
    },
    async (request) => createRoutingRule(ctx, request.actor, request.body),
  );
  app.put(
    '/api/inbox/rules/:id',
    {
      schema: {
        tags,
        summary: 'Replace a routing rule',
        params: idParam,
        body: ruleSchema,
        response: { 200: ruleDto },
      },
    },
    async (request) => updateRoutingRule(ctx, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/api/inbox/rules/:id',
    { schema: { tags, summary: 'Delete a routing rule', params: idParam, response: ok } },
    async (request) => {
      await deleteRoutingRule(ctx, request.actor, request.params.id);
      return { ok: true as const };
    },
  );
  app.put(
    '/api/inbox/rules-order',
    {
      schema: {
        tags,
        summary: 'Set the order rules run in',
        body: orderSchema,
        response: { 200: z.object({ items: z.array(ruleDto) }) },
      },
    },
    async (request) => ({
      items: await reorderRules(ctx, request.actor, request.body),
    }),
  );
}

function policyRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/sla-policies',
    {
      schema: {
        tags,
        summary: 'SLA policies in the order they are matched',
        response: { 200: z.object({ items: z.array(policyDto) }) },
      },
    },
    async (request) => ({
      items: await listPolicies(ctx, request.actor),
    }),
  );
  app.post(
    '/api/inbox/sla-policies',
    { schema: { tags, summary: 'Add an SLA policy', body: slaPolicySchema, response: { 200: policyDto } } },
    async (request) => createPolicy(ctx, request.actor, request.body),
  );
  app.put(
    '/api/inbox/sla-policies/:id',
    {
      schema: {
        tags,
        summary: 'Replace an SLA policy',
        params: idParam,
        body: slaPolicySchema,
        response: { 200: policyDto },
      },
    },
    async (request) => updatePolicy(ctx, request.actor, request.params.id, request.body),
  );
  app.put(
    '/api/inbox/sla-policies-order',
    {
      schema: {
        tags,
        summary: 'Set the order SLA policies are matched in (the first whose conditions hold applies)',
        body: orderSchema,
        response: { 200: z.object({ items: z.array(policyDto) }) },
      },
    },
    async (request) => ({
      items: await reorderPolicies(ctx, request.actor, request.body),
    }),
  );
  app.delete(
    '/api/inbox/sla-policies/:id',
    { schema: { tags, summary: 'Delete an SLA policy', params: idParam, response: ok } },
    async (request) => {
      await removePolicy(ctx, request.actor, request.params.id);
      return { ok: true as const };
    },
  );
}

function replyRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/saved-replies',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Saved replies (variables like {{member.first_name}})',
        response: { 200: z.object({ items: z.array(savedReplyDto) }) },
      },
    },
    async (request) => ({
      items: (await listReplies(ctx, request.actor)).map(replyDto),
    }),
  );
  app.post(
    '/api/inbox/saved-replies',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Save a reply for reuse',
        body: savedReplySchema,
        response: { 200: savedReplyDto },
      },
    },
    async (request) => replyDto(await createReply(ctx, request.actor, request.body)),
  );
  app.put(
    '/api/inbox/saved-replies/:id',
    {
      schema: {
        tags: ['inbox'],
        summary: 'Edit a saved reply (yours, or any as a manager)',
        params: idParam,
        body: savedReplySchema,
        response: { 200: savedReplyDto },
      },
    },
    async (request) => replyDto(await editReply(ctx, request.actor, request.params.id, request.body)),
  );
  app.delete(
    '/api/inbox/saved-replies/:id',
    { schema: { tags: ['inbox'], summary: 'Delete a saved reply', params: idParam, response: ok } },
    async (request) => {
      await removeReply(ctx, request.actor, request.params.id);
      return { ok: true as const };
    },
  );
}
