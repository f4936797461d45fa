import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { authRateLimit } from '../../../http/security.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  batchSchema,
  createBatchSchema,
  createdBatchSchema,
  createdInvitationSchema,
  createInvitationSchema,
  invitationCodeParamSchema,
  invitationPreviewSchema,
  invitationSchema,
} from '../invitation-schemas.ts';
import { uuidParamSchema } from '../schemas.ts';
import {
  createInvitationBatch,
  listInvitationBatches,
  revokeInvitationBatch,
} from '../use-cases/invitation-batches.ts';
import { createInvitation, listInvitationsForStaff, revokeInvitationById } from '../use-cases/invitations.ts';
import { previewInvitation } from '../use-cases/redeem-invitation.ts';

const tags = ['invitations'];
const security = [{ bearer: [] }];

function linkRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/admin/invitations',
    {
      schema: {
        tags,
        security,
        summary: 'Invitation links and personal invitations, newest first (printed codes are in batches)',
        response: { 200: z.object({ items: z.array(invitationSchema) }) },
      },
    },
    async (request) => ({ items: await listInvitationsForStaff(ctx, request.actor) }),
  );

  app.post(
    '/api/admin/invitations',
    {
      schema: {
        tags,
        security,
        summary:
          'Invite one person (emailed when an address is given) or make a link for several, into a group; the code is in this response only',
        body: createInvitationSchema,
        response: { 201: createdInvitationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInvitation(ctx, request.actor, request.body, request.meta)),
  );

  app.delete(
    '/api/admin/invitations/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Revoke an invitation that still has uses left',
        params: uuidParamSchema,
      },
    },
    async (request, reply) => {
      await revokeInvitationById(ctx, request.actor, request.params.id, request.meta);
      return reply.status(204).send();
    },
  );
}

function batchRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/admin/invitation-batches',
    {
      schema: {
        tags,
        security,
        summary: 'Batches of printed invitation codes with how many were used',
        response: { 200: z.object({ items: z.array(batchSchema) }) },
      },
    },
    async (request) => ({ items: await listInvitationBatches(ctx, request.actor) }),
  );

  app.post(
    '/api/admin/invitation-batches',
    {
      schema: {
        tags,
        security,
        summary:
          'Make up to 10,000 single-use codes for receipts or packaging; the CSV is in this response only',
        body: createBatchSchema,
        response: { 201: createdBatchSchema },
      },
    },
    async (request, reply) => {
      const { batch, csv } = await createInvitationBatch(ctx, request.actor, request.body, request.meta);
      return reply.status(201).send({ batch, csv });
    },
  );

  app.delete(
    '/api/admin/invitation-batches/:id',
    {
      schema: {
        tags,
        security,
        summary: "Revoke a batch's unused codes",
        params: uuidParamSchema,
        response: { 200: z.object({ batch: batchSchema }) },
      },
    },
    async (request) => ({
      batch: await revokeInvitationBatch(ctx, request.actor, request.params.id, request.meta),
    }),
  );
}

export function invitationRoutes(app: HearthApp, ctx: AppContext): void {
  linkRoutes(app, ctx);
  batchRoutes(app, ctx);
  app.get(
    '/api/auth/invitations/:code',
    {
      // Rate limited like sign-in: it answers whether a code exists.
      preHandler: authRateLimit(app, ctx.config.authRateLimitPerMinute),
      schema: {
        tags: ['auth'],
        summary: 'What an invitation code is for (label, group, expiry), for the sign-up page',
        params: invitationCodeParamSchema,
        response: { 200: invitationPreviewSchema },
      },
    },
    async (request) => previewInvitation(ctx, request.params.code),
  );
}
