import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { userCards } from '../../accounts/index.ts';
import type { orderSchema, ruleSchema } from '../admin-schemas.ts';
import { fail } from '../errors.ts';
import { namesEachOnce } from '../ordering.ts';
import { inboxPolicy, inboxRoles } from '../policy.ts';
import {
  deleteRule,
  findSlaPolicy,
  insertRule,
  listRules,
  updateRule,
  type RuleRow,
} from '../queries/rules.ts';
import { existingTeamIds } from '../queries/teams.ts';
import type { RoutingActions } from '../routing.ts';

type RuleInput = z.infer<typeof ruleSchema>;

/** A rule may only name a team, person and SLA policy that exist now: saying so beats routing into nowhere. */
async function checkReferences(tx: Tx, actions: RoutingActions): Promise<void> {
  const missing: string[] = [];
  if (actions.teamId && !(await existingTeamIds(tx.db, [actions.teamId])).has(actions.teamId))
    missing.push('actions.teamId');
  if (actions.slaPolicyId && !(await findSlaPolicy(tx.db, actions.slaPolicyId)))
    missing.push('actions.slaPolicyId');
  if (actions.assigneeId) {
    const card = (await userCards(tx.db, [actions.assigneeId])).get(actions.assigneeId);
    // A suspended person cannot take conversations: a rule naming them would route into a void.
    const works = card?.status === 'active' && (inboxRoles as readonly string[]).includes(card.role);
    if (!works) missing.push('actions.assigneeId');
  }
  if (missing.length > 0)
    throw fail.RULE_REFERENCE_MISSING({
      fields: missing.map((path) => ({ path, message: 'No such one exists.' })),
    });
}

function actionsOf(input: RuleInput): RoutingActions {
  return Object.fromEntries(Object.entries(input.actions).filter(([, value]) => value !== undefined));
}

export async function listRoutingRules(ctx: AppContext, actor: Actor | null): Promise<RuleRow[]> {
  inboxPolicy.authorize(actor, 'work');
  return listRules(ctx.database.db);
}

export async function createRoutingRule(
  ctx: AppContext,
  actor: Actor | null,
  input: RuleInput,
): Promise<RuleRow> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const actions = actionsOf(input);
    await checkReferences(tx, actions);
    return insertRule(tx.db, { id: newId(), ...input, actions, createdAt: ctx.clock.now() });
  });
}

export async function updateRoutingRule(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: RuleInput,
): Promise<RuleRow> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const actions = actionsOf(input);
    await checkReferences(tx, actions);
    const rule = await updateRule(tx.db, id, { ...input, actions });
    if (!rule) throw fail.RULE_NOT_FOUND();
    return rule;
  });
}

export async function deleteRoutingRule(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  inboxPolicy.authorize(actor, 'configure');
  if (!(await ctx.database.transaction((tx) => deleteRule(tx.db, id)))) throw fail.RULE_NOT_FOUND();
}

/** Rules run in this order; every rule must be named exactly once. */
export async function reorderRules(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof orderSchema>,
): Promise<RuleRow[]> {
  inboxPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const current = await listRules(tx.db);
    if (!namesEachOnce(current, input.ids))
      throw fail.RULE_NOT_FOUND({ message: 'Name every rule exactly once.' });
    for (const [position, id] of input.ids.entries()) await updateRule(tx.db, id, { position: position + 1 });
    return listRules(tx.db);
  });
}
