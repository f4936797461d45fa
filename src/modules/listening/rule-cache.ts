import type { Db } from '../../db/index.ts';
import { compileWatchQuery, type CompiledQuery } from './query/index.ts';
import type { RuleMatcher } from './prepare.ts';
import { activeRules, type RuleRow } from './queries/rules.ts';

export interface LiveRule {
  row: RuleRow;
  compiled: CompiledQuery;
}

/**
 * Compiled watch rules, shared by every batch. A change in this process clears it at once; other
 * app nodes pick it up within `maxAgeMs`.
 */
const maxAgeMs = 10_000;
let cached: { at: number; rules: LiveRule[] } | null = null;

export function forgetRules(): void {
  cached = null;
}

export async function liveRules(db: Db, nowMs: number = Date.now()): Promise<LiveRule[]> {
  if (cached && nowMs - cached.at < maxAgeMs) return cached.rules;
  const rows = await activeRules(db);
  const rules = rows.map((row) => ({ row, compiled: compileWatchQuery(row.compiled) }));
  cached = { at: nowMs, rules };
  return rules;
}

/** The rules as preparing a mention matches them: an id and a compiled query each. */
export function matchersOf(rules: readonly LiveRule[]): RuleMatcher[] {
  return rules.map((rule) => ({ id: rule.row.id, compiled: rule.compiled }));
}
