import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** A shop that reports purchases to Hearth through a signed webhook. */
export const stores = pgTable('stores', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** Signing secrets, newest first (older ones keep working during a rotation). */
  secrets: jsonb('secrets').$type<string[]>().notNull(),
  /** The group purchasers join when they sign up through their welcome link. */
  groupId: uuid('group_id'),
  createdBy: uuid('created_by').notNull(),
  createdAt: stamp('created_at').notNull(),
  archivedAt: stamp('archived_at'),
});

/** One order a store reported, stored once whatever the retries. */
export const storePurchases = pgTable(
  'store_purchases',
  {
    id: uuid('id').primaryKey(),
    storeId: uuid('store_id').notNull(),
    orderId: text('order_id').notNull(),
    memberId: uuid('member_id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** What was bought, as the store named it. */
    items: jsonb('items').$type<{ name: string; quantity: number }[]>().notNull(),
    amountCents: integer('amount_cents').notNull(),
    currency: text('currency').notNull(),
    country: text('country'),
    purchasedAt: stamp('purchased_at').notNull(),
    createdAt: stamp('created_at').notNull(),
    /** When the welcome email was queued (once per member, not per order). */
    welcomedAt: stamp('welcomed_at'),
  },
  (t) => [
    uniqueIndex('store_purchases_order_key').on(t.storeId, t.orderId),
    index('store_purchases_member_idx').on(t.memberId),
  ],
);

/** Signatures already accepted, so a replayed delivery is refused. */
export const storeDeliveries = pgTable('store_deliveries', {
  digest: text('digest').primaryKey(),
  seenAt: stamp('seen_at').notNull(),
});
