import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { fail } from '../errors.ts';
import { validateFeedUrl } from '../feeds/index.ts';
import { listeningPolicy } from '../policy.ts';
import { loadSettings, saveSettings, type ListeningSettingsRow } from '../queries/settings.ts';
import type { settingsSchema, settingsUpdate } from '../schemas.ts';

export type SettingsDto = z.infer<typeof settingsSchema> & { webhookSecret?: string };

function settingsDto(row: ListeningSettingsRow, secret?: string): SettingsDto {
  return {
    inboxIntents: row.inboxIntents as SettingsDto['inboxIntents'],
    inboxNegativeBelow: row.inboxNegativeBelow,
    inboxPerRulePerHour: row.inboxPerRulePerHour,
    webhookUrl: row.webhookUrl,
    webhookSecretSet: row.webhookSecret !== null,
    ...(secret ? { webhookSecret: secret } : {}),
  };
}

export async function readSettings(ctx: AppContext, actor: Actor | null): Promise<SettingsDto> {
  listeningPolicy.authorize(actor, 'configure');
  return settingsDto(await loadSettings(ctx.database.db));
}

/** Setting a webhook address for the first time makes its signing secret (shown once). */
export async function updateSettings(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof settingsUpdate>,
): Promise<SettingsDto> {
  listeningPolicy.authorize(actor, 'configure');
  const url = input.webhookUrl === '' ? null : input.webhookUrl;
  const problem = url ? validateFeedUrl(url) : null;
  if (problem) {
    const message = problem.replace('feed', 'webhook');
    throw fail.FEED_URL_INVALID({ message, fields: [{ path: 'webhookUrl', message }] });
  }
  return ctx.database.transaction(async (tx) => {
    const current = await loadSettings(tx.db);
    const wantsSecret = input.rotateWebhookSecret === true || (url && !current.webhookSecret);
    const secret = wantsSecret ? `whsec_${randomBytes(24).toString('base64url')}` : undefined;
    const row = await saveSettings(tx.db, {
      ...(input.inboxIntents ? { inboxIntents: [...new Set(input.inboxIntents)] } : {}),
      ...(input.inboxNegativeBelow !== undefined ? { inboxNegativeBelow: input.inboxNegativeBelow } : {}),
      ...(input.inboxPerRulePerHour !== undefined ? { inboxPerRulePerHour: input.inboxPerRulePerHour } : {}),
      ...(url !== undefined ? { webhookUrl: url } : {}),
      ...(secret ? { webhookSecret: secret } : {}),
      updatedAt: ctx.clock.now(),
    });
    return settingsDto(row, secret);
  });
}
