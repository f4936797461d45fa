import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { sourceDto, type SourceDto } from '../dto.ts';
import { fail } from '../errors.ts';
import { validateFeedUrl } from '../feeds/index.ts';
import { listeningPolicy } from '../policy.ts';
import { findSource, insertSource, listSources, updateSource, type SourceRow } from '../queries/sources.ts';
import type { createSourceSchema, updateSourceSchema } from '../schemas.ts';
import type { SourceConfig } from '../types.ts';

const defaultPlatform: Record<string, string> = {
  webhook: 'web',
  rss: 'news',
  email: 'email',
  import: 'import',
};

function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export function dtoContext(ctx: AppContext) {
  const domain = ctx.config.inboundMailAddress?.split('@')[1] ?? null;
  return { publicUrl: ctx.config.publicUrl, mailDomain: domain, now: ctx.clock.now() };
}

function feedUrl(url: string | undefined): string {
  const problem = url === undefined ? 'Give the feed’s address.' : validateFeedUrl(url);
  if (problem) throw fail.FEED_URL_INVALID({ message: problem });
  return url as string;
}

export async function listSourceDtos(ctx: AppContext, actor: Actor | null): Promise<SourceDto[]> {
  listeningPolicy.authorize(actor, 'read');
  const rows = await listSources(ctx.database.db);
  return rows.map((row) => sourceDto(row, dtoContext(ctx)));
}

/** A webhook source gets its signing secret (shown once); a feed is polled from now on. */
export async function createSource(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof createSourceSchema>,
): Promise<SourceDto> {
  listeningPolicy.authorize(actor, 'configure');
  const config: SourceConfig = {};
  if (input.kind === 'rss') config.url = feedUrl(input.url);
  if (input.kind === 'email') config.token = randomBytes(6).toString('hex');
  const secret = input.kind === 'webhook' ? newSecret() : null;
  const now = ctx.clock.now();
  const row = await ctx.database.transaction((tx) =>
    insertSource(tx.db, {
      id: newId(),
      kind: input.kind,
      name: input.name,
      platform: input.platform ?? defaultPlatform[input.kind] ?? 'web',
      config,
      secrets: secret ? [secret] : [],
      pollIntervalMinutes: input.pollIntervalMinutes ?? 15,
      nextPollAt: input.kind === 'rss' ? now : null,
      createdAt: now,
    }),
  );
  return sourceDto(row, dtoContext(ctx), secret);
}

export async function updateSourceSettings(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof updateSourceSchema>,
): Promise<SourceDto> {
  listeningPolicy.authorize(actor, 'configure');
  const row = await ctx.database.transaction(async (tx) => {
    const source = await findSource(tx.db, id, true);
    if (!source) throw fail.SOURCE_NOT_FOUND();
    const patch: Partial<SourceRow> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.platform !== undefined) patch.platform = input.platform;
    if (input.pollIntervalMinutes !== undefined) patch.pollIntervalMinutes = input.pollIntervalMinutes;
    if (input.url !== undefined) {
      if (source.kind !== 'rss')
        throw fail.SOURCE_KIND_MISMATCH({ message: 'Only feeds have an address to change.' });
      patch.config = { ...source.config, url: feedUrl(input.url) };
      Object.assign(patch, { etag: null, lastModified: null, nextPollAt: ctx.clock.now() });
    }
    if (input.archived !== undefined) patch.archivedAt = input.archived ? ctx.clock.now() : null;
    return updateSource(tx.db, id, patch);
  });
  return sourceDto(row, dtoContext(ctx));
}

/** A new secret signs from now on; the previous one keeps working until the next rotation. */
export async function rotateSourceSecret(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<SourceDto> {
  listeningPolicy.authorize(actor, 'configure');
  const secret = newSecret();
  const row = await ctx.database.transaction(async (tx) => {
    const source = await findSource(tx.db, id, true);
    if (!source) throw fail.SOURCE_NOT_FOUND();
    if (source.kind !== 'webhook')
      throw fail.SOURCE_KIND_MISMATCH({ message: 'Only webhook sources have a secret.' });
    return updateSource(tx.db, id, { secrets: [secret, ...source.secrets.slice(0, 1)] });
  });
  return sourceDto(row, dtoContext(ctx), secret);
}
