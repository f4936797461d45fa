import { bigint, integer, jsonb, pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';

/** Append-only; each row carries the hash of the previous one, so an edit or a deletion shows. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    /**
     * A salted digest of the IP address, which the chain seals instead of the address itself (from
     * chain version 2): erasing a person's IP addresses leaves the chain whole.
     */
    ipSeal: text('ip_seal'),
    chainVersion: integer('chain_version').notNull().default(1),
    data: jsonb('data').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_actor_idx').on(t.actorId),
    index('audit_events_target_idx').on(t.targetType, t.targetId),
  ],
);

/** The newest row's id and hash, so that deleting the last rows is detected too. */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});
