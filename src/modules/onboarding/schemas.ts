import { z } from 'zod';

const timestamp = z.string().describe('ISO 8601 time');

export const idParam = z.object({ id: z.uuid({ message: 'Expected an id (UUID).' }) });

export const createStoreSchema = z.object({
  name: z.string().trim().min(1, 'Name the store.').max(120, 'Use at most 120 characters.'),
  groupId: z.uuid({ message: 'Expected a group id (UUID).' }).nullish(),
});

/** An order as a store reports it (the body of the signed webhook). */
export const orderSchema = z.object({
  orderId: z.string().trim().min(1, 'Give the store’s order id.').max(200),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: 'Expected the purchaser’s email address.' }))
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, 'Give the purchaser’s name.').max(200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Expected a two-letter country code (ISO 3166-1), like "NL".')
    .nullish(),
  items: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(200),
        quantity: z.number().int().min(1).max(100_000),
      }),
    )
    .min(1, 'An order has at least one item.')
    .max(200),
  amountCents: z.number().int().min(0).max(1_000_000_000),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code (ISO 4217), like "EUR".'),
  purchasedAt: z.iso.datetime({ offset: true, message: 'Expected an ISO 8601 date-time with a time zone.' }),
});

export const storeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  groupId: z.uuid().nullable(),
  webhookUrl: z.string(),
  purchases: z.number().int(),
  lastPurchaseAt: timestamp.nullable(),
  createdAt: timestamp,
  secret: z.string().optional().describe('The signing secret: only when the store is created or rotated'),
});

export const purchaseSchema = z.object({
  id: z.uuid(),
  orderId: z.string(),
  memberId: z.uuid(),
  name: z.string(),
  email: z.string(),
  items: z.array(z.object({ name: z.string(), quantity: z.number().int() })),
  amountCents: z.number().int(),
  currency: z.string(),
  country: z.string().nullable(),
  purchasedAt: timestamp,
  receivedAt: timestamp,
  welcomedAt: timestamp.nullable(),
});

export const orderOutcomeSchema = z.object({
  purchaseId: z.uuid(),
  memberId: z.uuid(),
  duplicate: z.boolean().describe('True when this order was already received: nothing new was stored'),
  welcomed: z.boolean().describe('Whether this order queued the purchaser’s welcome email (once per person)'),
});

export type CreateStoreInput = z.infer<typeof createStoreSchema>;
export type OrderInput = z.infer<typeof orderSchema>;
export type StoreDto = z.infer<typeof storeSchema>;
export type PurchaseDto = z.infer<typeof purchaseSchema>;
export type OrderOutcome = z.infer<typeof orderOutcomeSchema>;
