import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { ruleDto, type RuleDto } from '../dto.ts';
import { fail } from '../errors.ts';
import { listeningPolicy } from '../policy.ts';
import { parseWatchQuery, type WatchQuery } from '../query/index.ts';
import { allRules, findRule, insertRule, updateRule, type NewRule } from '../queries/rules.ts';
import { forgetRules } from '../rule-cache.ts';
import type { ruleInput, ruleUpdate } from '../schemas.ts';
import { rerunRuleJob } from './rerun-rule.ts';

/** Competitors and topics are listened to, not answered: they stay out of the inbox unless asked. */
const defaultInbox: Record<string, NewRule['inbox']> = {
  brand: 'needs_answer',
  product: 'needs_answer',
  competitor: 'never',
  topic: 'never',
};

export function compileQuery(query: string): WatchQuery {
  const parsed = parseWatchQuery(query);
  if (!parsed.ok)
    throw fail.WATCH_QUERY_INVALID({
      message: parsed.message,
      fields: [{ path: 'query', message: `${parsed.message} (at character ${parsed.position + 1})` }],
    });
  return parsed.query;
}

export async function listRuleDtos(ctx: AppContext, actor: Actor | null): Promise<RuleDto[]> {
  listeningPolicy.authorize(actor, 'read');
  return (await allRules(ctx.database.db)).map(ruleDto);
}

/** A new rule also looks back: a job tags the mentions already stored that it matches. */
export async function createRule(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof ruleInput>,
): Promise<RuleDto> {
  listeningPolicy.authorize(actor, 'configure');
  const compiled = compileQuery(input.query);
  const now = ctx.clock.now();
  const row = await ctx.database.transaction(async (tx) => {
    const rule = await insertRule(tx.db, {
      id: newId(),
      name: input.name,
      category: input.category,
      query: input.query.trim(),
      compiled,
      inbox: input.inbox ?? defaultInbox[input.category] ?? 'never',
      alerts: input.alerts ?? true,
      sensitivity: input.sensitivity ?? 'medium',
      minVolume: input.minVolume ?? 5,
      cooldownHours: input.cooldownHours ?? 6,
      rerunRequestedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.jobs.send(tx, rerunRuleJob, { ruleId: rule.id });
    return rule;
  });
  forgetRules();
  return ruleDto(row);
}

/** A changed query is re-run over history (in a job); other changes apply from now on. */
export async function updateWatchRule(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof ruleUpdate>,
): Promise<RuleDto> {
  listeningPolicy.authorize(actor, 'configure');
  const compiled = input.query === undefined ? undefined : compileQuery(input.query);
  const row = await ctx.database.transaction(async (tx) => {
    const rule = await findRule(tx.db, id, true);
    if (!rule) throw fail.WATCH_RULE_NOT_FOUND();
    const { archived, query, ...rest } = input;
    const patch: Partial<NewRule> = { ...rest, updatedAt: ctx.clock.now() };
    if (archived !== undefined) patch.archivedAt = archived ? ctx.clock.now() : null;
    const queryChanged = query !== undefined && query.trim() !== rule.query;
    if (queryChanged && compiled)
      Object.assign(patch, { query: query.trim(), compiled, rerunRequestedAt: ctx.clock.now() });
    const updated = await updateRule(tx.db, id, patch);
    if (queryChanged) await ctx.jobs.send(tx, rerunRuleJob, { ruleId: id });
    return updated;
  });
  forgetRules();
  return ruleDto(row);
}

/** Re-runs a rule over every stored mention on request (say, after an import). */
export async function requestRerun(ctx: AppContext, actor: Actor | null, id: string): Promise<RuleDto> {
  listeningPolicy.authorize(actor, 'configure');
  return ctx.database.transaction(async (tx) => {
    const rule = await findRule(tx.db, id, true);
    if (!rule) throw fail.WATCH_RULE_NOT_FOUND();
    await ctx.jobs.send(tx, rerunRuleJob, { ruleId: id });
    return ruleDto(await updateRule(tx.db, id, { rerunRequestedAt: ctx.clock.now() }));
  });
}
