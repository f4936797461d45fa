import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import { keepRawJsonBody } from '../../../http/raw-json.ts';
import type { HearthApp } from '../../../http/types.ts';
import { signatureHeader } from '../../inbox/index.ts';
import type { StoreRow } from '../queries/stores.ts';
import { idParam, orderOutcomeSchema, orderSchema } from '../schemas.ts';
import { checkOrderSignature, receiveOrder } from '../use-cases/receive-order.ts';

interface Verified {
  verified?: { store: StoreRow; digest: string };
}

const noStore = '00000000-0000-0000-0000-000000000000';

/** The signed store webhook: a shop posts each order here; stored before the 200. */
export function orderRoutes(app: HearthApp, ctx: AppContext): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    keepRawJsonBody(plain);
    scope.post(
      '/api/onboarding/stores/:id/orders',
      {
        config: { skipCsrf: true },
        bodyLimit: 256 * 1024,
        // The signature is checked before the body is validated: an unsigned request learns nothing.
        preValidation: async (request) => {
          const { id } = request.params as { id: string };
          const header = request.headers[signatureHeader];
          (request as Verified).verified = await checkOrderSignature(
            ctx,
            z.uuid().safeParse(id).success ? id : noStore,
            typeof header === 'string' ? header : undefined,
            request.rawBody ?? '',
          );
        },
        schema: {
          tags: ['onboarding'],
          summary:
            'Report an order (signed: Hearth-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">); the purchaser becomes a verified member',
          params: idParam,
          body: orderSchema,
          response: { 200: orderOutcomeSchema },
        },
      },
      async (request) => {
        const verified = (request as Verified).verified;
        if (!verified) throw new Error('preValidation did not run');
        return receiveOrder(ctx, verified.store, verified.digest, request.body);
      },
    );
  });
}
