import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { requireSession } from '../../../core/policy.ts';
import { newId, randomSecret, sha256 } from '../../../core/ids.ts';
import { toApiToken } from '../dto.ts';
import { announceCredentialsChanged, audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountPolicy } from '../policy.ts';
import { insertApiToken, listLiveApiTokens, revokeApiToken } from '../queries/api-tokens.ts';
import type { createApiTokenSchema } from '../schemas.ts';
import { apiTokenPrefix } from './authenticate.ts';

export async function listMyApiTokens(ctx: AppContext, actor: Actor | null) {
  const me = accountPolicy.authorize(requireSession(actor), 'tokens.manage');
  return (await listLiveApiTokens(ctx.database.db, me.userId)).map(toApiToken);
}

/** The secret is returned here once and never again: only its hash is kept. */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof createApiTokenSchema>,
  meta: RequestMeta,
) {
  const me = accountPolicy.authorize(requireSession(actor), 'tokens.manage');
  const secret = `${apiTokenPrefix}${randomSecret()}`;
  return ctx.database.transaction(async (tx) => {
    const token = await insertApiToken(tx.db, {
      id: newId(),
      userId: me.userId,
      name: input.name,
      scope: input.scope,
      prefix: secret.slice(0, apiTokenPrefix.length + 6),
      tokenHash: sha256(secret),
      createdAt: ctx.clock.now(),
    });
    await audit(tx, ctx, meta, {
      actorId: me.userId,
      action: 'auth.token_created',
      targetType: 'api_token',
      targetId: token.id,
      data: { scope: input.scope, name: input.name },
    });
    return { token: toApiToken(token), secret };
  });
}

export async function revokeMyApiToken(
  ctx: AppContext,
  actor: Actor | null,
  tokenId: string,
  meta: RequestMeta,
) {
  const me = accountPolicy.authorize(requireSession(actor), 'tokens.manage');
  await ctx.database.transaction(async (tx) => {
    if (!(await revokeApiToken(tx.db, me.userId, tokenId, ctx.clock.now()))) throw fail.API_TOKEN_NOT_FOUND();
    await audit(tx, ctx, meta, {
      actorId: me.userId,
      action: 'auth.token_revoked',
      targetType: 'api_token',
      targetId: tokenId,
    });
    await announceCredentialsChanged(tx, ctx, me.userId);
  });
}
