import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { keepRawJsonBody } from '../../../http/raw-json.ts';
import type { HearthApp } from '../../../http/types.ts';
import { apiMessageSchema, checkApiSignature, receiveApiMessage } from '../use-cases/api-channels.ts';
import { publishedExpectations } from '../use-cases/expectations.ts';
import { rateConversation, ratingSchema, readRatingRequest } from '../use-cases/rate-conversation.ts';
import { signatureHeader } from '../signature.ts';

const ratingDto = z.object({
  subject: z.string(),
  rating: z.number().nullable(),
  comment: z.string().nullable(),
});
// Any malformed token is simply not a valid link: 404 like an unknown one, not a validation error.
const tokenParam = z.object({ token: z.string().min(1).max(100) });

/** Routes without a session: the signed API channel, the public expectations, the rating link. */
export function publicRoutes(app: HearthApp, ctx: AppContext): void {
  let cached: { at: number; body: Awaited<ReturnType<typeof publishedExpectations>> } | null = null;
  app.get(
    '/api/support/expectations',
    {
      schema: {
        tags: ['support'],
        summary: 'Who is on duty, when we are next available, real first-response times (public)',
        response: {
          200: z.object({
            now: z.string(),
            open: z.boolean(),
            timezone: z.string().nullable(),
            onDuty: z.array(z.object({ name: z.string() })),
            nextAvailableAt: z.string().nullable(),
            firstResponse: z.object({
              medianMinutes: z.number().nullable(),
              p90Minutes: z.number().nullable(),
              conversations: z.number(),
              days: z.number(),
            }),
            highLoad: z.object({
              active: z.boolean(),
              openConversations: z.number(),
              perAgent: z.number().nullable(),
              threshold: z.number(),
            }),
            offHoursMessage: z.string().nullable(),
          }),
        },
      },
    },
    async () => {
      // Public and a little costly: computed at most every 30 s per node.
      const now = Date.now();
      if (!cached || now - cached.at > 30_000) cached = { at: now, body: await publishedExpectations(ctx) };
      return cached.body;
    },
  );
  app.get(
    '/api/ratings/:token',
    {
      schema: {
        tags: ['support'],
        summary: 'A rating request (the link in the email)',
        params: tokenParam,
        response: { 200: ratingDto },
      },
    },
    async (request) => readRatingRequest(ctx, request.params.token),
  );
  app.post(
    '/api/ratings/:token',
    {
      config: { skipCsrf: true },
      schema: {
        tags: ['support'],
        summary: 'Rate the help you got, 1–5, with a comment',
        params: tokenParam,
        body: ratingSchema,
        response: { 200: ratingDto },
      },
    },
    async (request) => rateConversation(ctx, request.params.token, request.body),
  );
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    keepRawJsonBody(plain);
    scope.post(
      '/api/inbox/channels/:id/messages',
      {
        config: { skipCsrf: true },
        preValidation: async (request) => {
          const { id } = request.params as { id: string };
          const header = request.headers[signatureHeader];
          (request as { digest?: string }).digest = await checkApiSignature(
            ctx,
            z.uuid().safeParse(id).success ? id : '00000000-0000-0000-0000-000000000000',
            typeof header === 'string' ? header : undefined,
            request.rawBody ?? '',
          );
        },
        schema: {
          tags: ['inbox channels'],
          summary: 'Post a message into the inbox from another system (signed: Hearth-Signature: t=…,v1=…)',
          params: z.object({ id: z.uuid() }),
          body: apiMessageSchema,
          response: {
            202: z.object({
              conversationId: z.uuid().nullable(),
              messageId: z.uuid().nullable(),
              created: z.boolean(),
              duplicate: z.boolean(),
            }),
          },
        },
      },
      async (request, reply) => {
        const digest = (request as { digest?: string }).digest ?? '';
        const result = await receiveApiMessage(ctx, request.params.id, digest, request.body);
        return reply.code(202).send(result);
      },
    );
  });
}
