import { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { randomSecret } from '../../../core/ids.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { initSetting, readSetting, writeSetting } from '../queries.ts';
import { systemPolicy } from '../policy.ts';
import type { updateSettingsSchema } from '../schemas.ts';
import {
  communitySettingsSchema,
  defaultCommunitySettings,
  signupModeSchema,
  type CommunitySettings,
  type SignupMode,
} from '../schemas.ts';

interface Settings {
  signupMode: SignupMode;
  community: CommunitySettings;
}

/** Stored community settings over the defaults; a key a newer version added gets its default. */
export async function readCommunitySettings(db: Db): Promise<CommunitySettings> {
  const stored = communitySettingsSchema.partial().safeParse(await readSetting(db, 'community'));
  return { ...defaultCommunitySettings, ...(stored.success ? stored.data : {}) };
}

export async function readSignupMode(db: Db): Promise<SignupMode> {
  const parsed = signupModeSchema.safeParse(await readSetting(db, 'signup_mode'));
  return parsed.success ? parsed.data : 'open';
}

/** First start: the configured sign-up mode and, without HEARTH_SECRET, a generated signing key. */
export async function initSiteSettings(
  db: Db,
  initial: { signupMode: SignupMode; secret: string | null },
  now: Date,
): Promise<{ secret: string }> {
  await initSetting(db, 'signup_mode', initial.signupMode, now);
  if (initial.secret) return { secret: initial.secret };
  const stored = z.string().parse(await initSetting(db, 'secret', randomSecret(48), now));
  return { secret: stored };
}

export async function getSettings(ctx: AppContext, actor: Actor | null): Promise<Settings> {
  systemPolicy.authorize(actor, 'settings.manage');
  const db = ctx.database.db;
  return { signupMode: await readSignupMode(db), community: await readCommunitySettings(db) };
}

export async function updateSettings(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof updateSettingsSchema>,
  meta: RequestMeta,
): Promise<Settings> {
  const admin = systemPolicy.authorize(actor, 'settings.manage');
  await ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (input.signupMode) await writeSetting(tx.db, 'signup_mode', input.signupMode, now);
    if (input.community) {
      const community = { ...(await readCommunitySettings(tx.db)), ...input.community };
      await writeSetting(tx.db, 'community', community, now);
    }
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'admin.settings_changed',
      targetType: 'settings',
      ip: meta.ip,
      data: { ...input },
    });
  });
  return getSettings(ctx, actor);
}
