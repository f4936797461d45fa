import type { z } from 'zod';
import { feedHealth } from './feeds/index.ts';
import { describeWatchQuery } from './query/index.ts';
import type { RuleRow } from './queries/rules.ts';
import type { SourceRow } from './queries/sources.ts';
import type { ruleSchema, sourceSchema } from './schemas.ts';

export type SourceDto = z.infer<typeof sourceSchema>;
export type RuleDto = z.infer<typeof ruleSchema>;

const iso = (at: Date | null) => at?.toISOString() ?? null;

function healthOf(source: SourceRow, now: Date): SourceDto['health'] {
  if (source.kind === 'rss')
    return feedHealth({
      consecutiveFailures: source.consecutiveFailures,
      lastSuccessAt: source.lastSuccessAt,
      now,
      intervalMs: source.pollIntervalMinutes * 60_000,
    });
  return source.itemCount > 0 ? 'healthy' : 'idle';
}

/** `secret` is only given right after it was made (creation, rotation). */
export function sourceDto(
  source: SourceRow,
  context: { publicUrl: string; mailDomain: string | null; now: Date },
  secret: string | null = null,
): SourceDto {
  const token = source.config.token;
  return {
    id: source.id,
    kind: source.kind as SourceDto['kind'],
    name: source.name,
    platform: source.platform,
    url: source.config.url ?? null,
    address:
      source.kind === 'email' && token && context.mailDomain ? `listen+${token}@${context.mailDomain}` : null,
    endpoint:
      source.kind === 'webhook'
        ? new URL(`/api/listening/sources/${source.id}/mentions`, context.publicUrl).toString()
        : null,
    secret,
    pollIntervalMinutes: source.pollIntervalMinutes,
    health: healthOf(source, context.now),
    lastPolledAt: iso(source.lastPolledAt),
    lastSuccessAt: iso(source.lastSuccessAt),
    nextPollAt: iso(source.nextPollAt),
    lastError: source.lastError,
    consecutiveFailures: source.consecutiveFailures,
    itemCount: source.itemCount,
    lastItemAt: iso(source.lastItemAt),
    archived: source.archivedAt !== null,
    createdAt: source.createdAt.toISOString(),
  };
}

export function ruleDto(rule: RuleRow): RuleDto {
  return {
    id: rule.id,
    name: rule.name,
    category: rule.category as RuleDto['category'],
    query: rule.query,
    canonical: describeWatchQuery(rule.compiled),
    inbox: rule.inbox as RuleDto['inbox'],
    alerts: rule.alerts,
    sensitivity: rule.sensitivity as RuleDto['sensitivity'],
    minVolume: rule.minVolume,
    cooldownHours: rule.cooldownHours,
    matchCount: rule.matchCount,
    rerunAt: iso(rule.rerunAt),
    rerunning:
      rule.rerunRequestedAt !== null && (rule.rerunAt === null || rule.rerunAt < rule.rerunRequestedAt),
    archived: rule.archivedAt !== null,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}
