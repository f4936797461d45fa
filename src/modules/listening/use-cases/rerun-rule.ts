import type { AppContext } from '../../../context.ts';
import type { JobDefinition } from '../../../jobs/index.ts';
import { compileWatchQuery, matchesWatchQuery, prepareMatchDoc } from '../query/index.ts';
import { countRuleItems, matchFieldsPage, setRuleMembership, type MatchFields } from '../queries/items.ts';
import { findRule, updateRule } from '../queries/rules.ts';
import { dropSeries, rebuildRuleBuckets } from '../queries/series.ts';
import { negativeSeries, ruleSeries } from '../series-keys.ts';

export const rerunRuleJob = 'listening.rerun-rule';
const pageSize = 2_000;

function docOf(item: MatchFields) {
  return prepareMatchDoc({
    title: item.title,
    text: item.body,
    source: item.sourceName,
    sourceKind: item.sourceKind,
    lang: item.language,
    author: [item.authorName, item.authorHandle ? `@${item.authorHandle}` : null].filter(Boolean).join(' '),
    intent: item.intent,
    sentiment: item.sentimentLabel,
    platform: item.platform,
    url: item.url,
  });
}

/**
 * Matches a rule against every stored mention, a page per transaction, tagging and untagging as
 * the query now says; then rebuilds its volume series, and its detector learns them afresh.
 */
export async function rerunRule(ctx: AppContext, ruleId: string): Promise<void> {
  const rule = await findRule(ctx.database.db, ruleId);
  if (!rule) return;
  const compiled = compileWatchQuery(rule.compiled);
  let after: string | null = null;
  for (;;) {
    const page = await matchFieldsPage(ctx.database.db, after, pageSize);
    if (page.length === 0) break;
    const add: string[] = [];
    const remove: string[] = [];
    for (const item of page) {
      const matches = matchesWatchQuery(compiled, docOf(item));
      const tagged = item.ruleIds.includes(ruleId);
      if (matches && !tagged) add.push(item.id);
      if (!matches && tagged) remove.push(item.id);
    }
    await ctx.database.transaction((tx) => setRuleMembership(tx.sql, ruleId, add, remove));
    after = page[page.length - 1]?.id ?? null;
  }
  await ctx.database.transaction(async (tx) => {
    const series = ruleSeries(ruleId);
    await dropSeries(tx.db, [series, negativeSeries(series)]);
    await rebuildRuleBuckets(tx.sql, ruleId);
    await updateRule(tx.db, ruleId, {
      matchCount: await countRuleItems(tx.db, ruleId),
      rerunAt: ctx.clock.now(),
    });
  });
}

export function rerunJobs(ctx: AppContext): JobDefinition[] {
  const job: JobDefinition<{ ruleId: string }> = {
    name: rerunRuleJob,
    handle: ({ ruleId }) => rerunRule(ctx, ruleId),
  };
  return [job as JobDefinition];
}
