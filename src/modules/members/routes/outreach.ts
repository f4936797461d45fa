import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  advocateSchema,
  campaignBody,
  campaignDetailSchema,
  campaignIdParam,
  campaignSchema,
  messageBody,
  messageSchema,
  optOutQuery,
  welcomeItemSchema,
} from '../outreach-schemas.ts';
import { memberIdParam } from '../schemas.ts';
import { listCampaigns, optOut, readCampaign, sendCampaign } from '../use-cases/campaigns.ts';
import { listAdvocates, memberMessages, messageMember, welcomeQueue } from '../use-cases/outreach.ts';

const tags = ['members'];
const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Greeting newcomers, thanking advocates and messaging segments, each message tracked. */
export function outreachRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/members/welcome-queue',
    {
      schema: {
        tags,
        summary:
          'Newcomers (last 30 days, with an account) nobody on staff has greeted, longest waiting first',
        querystring: limitQuery,
        response: { 200: z.object({ items: z.array(welcomeItemSchema) }) },
      },
    },
    async (request) => ({ items: await welcomeQueue(ctx, request.actor, request.query.limit) }),
  );
  app.get(
    '/api/members/advocates',
    {
      schema: {
        tags,
        summary: 'Who helped most in 90 days: accepted answers, then replies; with the last outreach to them',
        querystring: limitQuery,
        response: { 200: z.object({ items: z.array(advocateSchema) }) },
      },
    },
    async (request) => ({ items: await listAdvocates(ctx, request.actor, request.query.limit) }),
  );
  app.get(
    '/api/members/:id/messages',
    {
      schema: {
        tags,
        summary: 'What staff sent this member outside conversations, with each delivery',
        params: memberIdParam,
        response: { 200: z.object({ items: z.array(messageSchema) }) },
      },
    },
    async (request) => ({ items: await memberMessages(ctx, request.actor, request.params.id) }),
  );
  app.post(
    '/api/members/:id/messages',
    {
      schema: {
        tags,
        summary:
          'Greet a newcomer or reach out to a member: a direct message, or an email tracked to delivery',
        params: memberIdParam,
        body: messageBody,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await messageMember(ctx, request.actor, request.params.id, request.body, request.meta)),
  );
  app.get(
    '/api/members/campaigns',
    {
      schema: {
        tags,
        summary: 'Messages sent to segments, newest first, with delivery counts',
        response: { 200: z.object({ items: z.array(campaignSchema) }) },
      },
    },
    async (request) => ({ items: await listCampaigns(ctx, request.actor) }),
  );
  app.post(
    '/api/members/campaigns',
    {
      schema: {
        tags,
        summary:
          'Email everyone a segment (and filter) selects, at most 5,000; opted-out members are skipped',
        body: campaignBody,
        response: { 201: campaignSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendCampaign(ctx, request.actor, request.body, request.meta)),
  );
  app.get(
    '/api/members/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'A campaign with each recipient’s delivery',
        params: campaignIdParam,
        response: { 200: campaignDetailSchema },
      },
    },
    async (request) => readCampaign(ctx, request.actor, request.params.campaignId),
  );
  app.post(
    '/api/members/opt-out',
    {
      // Mail clients post here without cookies (RFC 8058); the signed link is the credential.
      config: { skipCsrf: true },
      schema: {
        tags,
        summary: 'Stop campaign and review messages (the signed link in each such email)',
        querystring: optOutQuery,
        response: { 200: z.object({ optedOut: z.literal(true) }) },
      },
    },
    async (request) => {
      await optOut(ctx, request.query.m, request.query.t);
      return { optedOut: true as const };
    },
  );
}
