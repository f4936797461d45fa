import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { createStoreSchema, idParam, purchaseSchema, storeSchema } from '../schemas.ts';
import {
  createStore,
  listStoreDtos,
  listStorePurchases,
  rotateStoreSecret,
} from '../use-cases/manage-stores.ts';

const tags = ['onboarding'];
const security = [{ bearer: [] }];

/** Admin: the stores that report purchases, their secrets and the orders they sent. */
export function storeRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/onboarding/stores',
    {
      schema: {
        tags,
        security,
        summary: 'Stores that report purchases, with how many orders each sent',
        response: { 200: z.object({ items: z.array(storeSchema) }) },
      },
    },
    async (request) => ({ items: await listStoreDtos(ctx, request.actor) }),
  );

  app.post(
    '/api/onboarding/stores',
    {
      schema: {
        tags,
        security,
        summary: 'Add a store; its signing secret is in this response only',
        body: createStoreSchema,
        response: { 201: z.object({ store: storeSchema }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ store: await createStore(ctx, request.actor, request.body, request.meta) }),
  );

  app.post(
    '/api/onboarding/stores/:id/secret',
    {
      schema: {
        tags,
        security,
        summary:
          'Rotate the signing secret: the new one is in this response only; the previous one keeps working until the next rotation',
        params: idParam,
        response: { 200: z.object({ store: storeSchema }) },
      },
    },
    async (request) => ({
      store: await rotateStoreSecret(ctx, request.actor, request.params.id, request.meta),
    }),
  );

  app.get(
    '/api/onboarding/stores/:id/purchases',
    {
      schema: {
        tags,
        security,
        summary: 'The latest 100 orders a store reported, newest purchase first',
        params: idParam,
        response: { 200: z.object({ items: z.array(purchaseSchema) }) },
      },
    },
    async (request) => ({ items: await listStorePurchases(ctx, request.actor, request.params.id) }),
  );
}
