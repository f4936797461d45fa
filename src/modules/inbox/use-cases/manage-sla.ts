import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { orderSchema, settingsSchema, slaPolicySchema } from '../admin-schemas.ts';
import { fail } from '../errors.ts';
import { namesEachOnce } from '../ordering.ts';
import { inboxPolicy } from '../policy.ts';
import {
  deleteSlaPolicy,
  insertSlaPolicy,
  listSlaPolicies,
  updateSlaPolicy,
  type SlaPolicyRow,
} from '../queries/rules.ts';
import { readInboxSettings, writeInboxSettings, type InboxSettingsRow } from '../queries/settings.ts';

type PolicyInput = z.infer<typeof slaPolicySchema>;

export async function listPolicies(ctx: AppContext, actor: Actor | null): Promise<SlaPolicyRow[]> {
  inboxPolicy.authorize(actor, 'work');
  return listSlaPolicies(ctx.database.db);
}

export async function createPolicy(
  ctx: AppContext,
  actor: Actor | null,
  input: PolicyInput,
): Promise<SlaPolicyRow> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction((tx) =>
    insertSlaPolicy(tx.db, { id: newId(), ...input, createdAt: ctx.clock.now() }),
  );
}

/** New targets apply to conversations as their clocks are next recomputed (on their next change or check). */
export async function updatePolicy(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: PolicyInput,
): Promise<SlaPolicyRow> {
  inboxPolicy.authorize(actor, 'configure');
  const policy = await ctx.database.transaction((tx) => updateSlaPolicy(tx.db, id, input));
  if (!policy) throw fail.SLA_POLICY_NOT_FOUND();
  return policy;
}

export async function removePolicy(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  inboxPolicy.authorize(actor, 'configure');
  if (!(await ctx.database.transaction((tx) => deleteSlaPolicy(tx.db, id))))
    throw fail.SLA_POLICY_NOT_FOUND();
}

export async function getInboxSettings(ctx: AppContext, actor: Actor | null): Promise<InboxSettingsRow> {
  inboxPolicy.authorize(actor, 'work');
  return readInboxSettings(ctx.database.db);
}

export async function saveInboxSettings(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof settingsSchema>,
): Promise<InboxSettingsRow> {
  inboxPolicy.authorize(actor, 'configure');
  const patch = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return ctx.database.transaction((tx) => writeInboxSettings(tx.db, patch, ctx.clock.now()));
}

/** The first policy whose conditions hold applies: the order is the manager's to set. */
export async function reorderPolicies(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof orderSchema>,
): Promise<SlaPolicyRow[]> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    if (!namesEachOnce(await listSlaPolicies(tx.db), input.ids))
      throw fail.SLA_POLICY_NOT_FOUND({ message: 'Name every SLA policy exactly once.' });
    for (const [position, id] of input.ids.entries())
      await updateSlaPolicy(tx.db, id, { position: position + 1 });
    return listSlaPolicies(tx.db);
  });
}
