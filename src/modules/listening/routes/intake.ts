import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { keepRawJsonBody } from '../../../http/raw-json.ts';
import type { HearthApp } from '../../../http/types.ts';
import { signatureHeader } from '../../inbox/index.ts';
import type { SourceRow } from '../queries/sources.ts';
import { idParam, ingestOutcomeSchema, webhookBody } from '../schemas.ts';
import { checkWebhookSignature, receiveWebhook } from '../use-cases/receive-webhook.ts';

interface Verified {
  verified?: { source: SourceRow; digest: string };
}

/** The signed webhook: other systems post mentions here (one, or up to 1,000 as `mentions`). */
export function intakeRoutes(app: HearthApp, ctx: AppContext): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    keepRawJsonBody(plain);
    scope.post(
      '/api/listening/sources/:id/mentions',
      {
        config: { skipCsrf: true },
        bodyLimit: 5 * 1024 * 1024,
        preValidation: async (request) => {
          const { id } = request.params as { id: string };
          const header = request.headers[signatureHeader];
          (request as Verified).verified = await checkWebhookSignature(
            ctx,
            z.uuid().safeParse(id).success ? id : '00000000-0000-0000-0000-000000000000',
            typeof header === 'string' ? header : undefined,
            request.rawBody ?? '',
          );
        },
        schema: {
          tags: ['listening'],
          summary: 'Post mentions into listening (signed: Hearth-Signature: t=…,v1=…); stored before 202',
          params: idParam,
          body: webhookBody,
          response: { 202: ingestOutcomeSchema },
        },
      },
      async (request, reply) => {
        const verified = (request as Verified).verified;
        if (!verified) throw new Error('preValidation did not run');
        const outcome = await receiveWebhook(ctx, verified.source, verified.digest, request.body);
        const { itemIds: _ids, ...counts } = outcome;
        return reply.code(202).send(counts);
      },
    );
  });
}
