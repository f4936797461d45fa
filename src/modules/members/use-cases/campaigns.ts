import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Db } from '../../../db/index.ts';
import { userNames } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { fail } from '../errors.ts';
import { optOutTokenValid } from '../messages.ts';
import type { campaignBody, campaignDetailSchema, campaignSchema } from '../outreach-schemas.ts';
import { memberPolicy } from '../policy.ts';
import { listMembers, membersByIds, rootsOf } from '../queries/members.ts';
import {
  campaignCounts,
  campaignMessages,
  findCampaign,
  insertCampaign,
  listCampaignRows,
  setOptOut,
  type CampaignRow,
} from '../queries/messages.ts';
import { filterOfSegment, findSegment } from '../queries/segments.ts';
import type { SegmentFilter } from '../tables.ts';
import { sendToMembers } from './send-messages.ts';

type CampaignDto = z.infer<typeof campaignSchema>;
const maxRecipients = 5_000;

async function campaignDtos(db: Db, rows: readonly CampaignRow[]): Promise<CampaignDto[]> {
  const counts = await campaignCounts(
    db,
    rows.map((row) => row.id),
  );
  const names = await userNames(db, [...new Set(rows.map((row) => row.createdBy))]);
  return rows.map((row) => {
    const c = counts.get(row.id) ?? {};
    return {
      id: row.id,
      name: row.name,
      segmentId: row.segmentId,
      filter: row.filter,
      subject: row.subject,
      body: row.body,
      createdBy: { id: row.createdBy, name: names.get(row.createdBy) ?? 'Someone' },
      createdAt: row.createdAt.toISOString(),
      counts: { queued: c.queued ?? 0, sent: c.sent ?? 0, failed: c.failed ?? 0, skipped: c.skipped ?? 0 },
    };
  });
}

/** Everyone the segment and the filter both select (members not merged into another). */
async function recipientsOf(db: Db, saved: SegmentFilter, extra: SegmentFilter): Promise<string[]> {
  const a = filterOfSegment(saved);
  const b = filterOfSegment(extra);
  const rows = await listMembers(
    db,
    {
      searches: [...a.searches, ...b.searches],
      stages: [...a.stages, ...b.stages],
      tags: [...a.tags, ...b.tags],
      countries: [...a.countries, ...b.countries],
      saids: [...a.saids, ...b.saids],
    },
    null,
    maxRecipients + 1,
  );
  if (rows.length === 0) throw fail.MEMBER_CAMPAIGN_EMPTY();
  if (rows.length > maxRecipients) throw fail.MEMBER_CAMPAIGN_TOO_LARGE();
  return rows.map((row) => row.id);
}

/**
 * Messages everyone a segment selects, by email, in one go: those who opted out or cannot be
 * reached are listed as skipped, each email is tracked to delivery, and every email says how to
 * stop these messages.
 */
export async function sendCampaign(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof campaignBody>,
  meta: RequestMeta,
): Promise<CampaignDto> {
  const staff = memberPolicy.authorize(actor, 'campaign');
  const row = await ctx.database.transaction(async (tx) => {
    const segment = input.segmentId ? await findSegment(tx.db, input.segmentId) : undefined;
    if (input.segmentId && !segment) throw fail.MEMBER_SEGMENT_NOT_FOUND();
    const filter = { ...segment?.filter, ...input.filter } as Record<string, string>;
    const recipients = await recipientsOf(tx.db, segment?.filter ?? {}, input.filter ?? {});
    const campaign: CampaignRow = {
      id: newId(),
      name: input.name,
      segmentId: segment?.id ?? null,
      filter,
      subject: input.subject,
      body: input.body,
      createdBy: staff.userId,
      createdAt: ctx.clock.now(),
    };
    await insertCampaign(tx.db, campaign);
    await sendToMembers(tx, ctx, staff.userId, recipients, {
      kind: 'campaign',
      channel: 'email',
      subject: input.subject,
      body: input.body,
      campaignId: campaign.id,
      optional: true,
    });
    await recordAuditEvent(tx, ctx.clock, {
      actorId: staff.userId,
      action: 'members.campaign_sent',
      targetType: 'campaign',
      targetId: campaign.id,
      ip: meta.ip,
      data: { recipients: recipients.length, segmentId: campaign.segmentId },
    });
    return campaign;
  });
  const [dto] = await campaignDtos(ctx.database.db, [row]);
  return dto as CampaignDto;
}

export async function listCampaigns(ctx: AppContext, actor: Actor | null): Promise<CampaignDto[]> {
  memberPolicy.authorize(actor, 'campaign');
  return campaignDtos(ctx.database.db, await listCampaignRows(ctx.database.db, 100));
}

/** A campaign with each recipient's delivery (the first 1,000). */
export async function readCampaign(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<z.infer<typeof campaignDetailSchema>> {
  memberPolicy.authorize(actor, 'campaign');
  const db = ctx.database.db;
  const row = await findCampaign(db, id);
  if (!row) throw fail.MEMBER_CAMPAIGN_NOT_FOUND();
  const [dto] = await campaignDtos(db, [row]);
  const messages = await campaignMessages(db, id, 1_000);
  const names = new Map(
    (
      await membersByIds(
        db,
        messages.map((m) => m.memberId),
      )
    ).map((m) => [m.id, m.name]),
  );
  return {
    ...(dto as CampaignDto),
    recipients: messages.map((m) => ({
      id: m.id,
      channel: m.channel as 'email' | 'dm',
      toAddress: m.toAddress,
      status: m.status as 'queued' | 'sent' | 'failed' | 'skipped',
      detail: m.detail,
      sentAt: m.sentAt?.toISOString() ?? null,
      member: { id: m.memberId, name: names.get(m.memberId) ?? 'Someone' },
    })),
  };
}

/** The signed link in every campaign email: no sign-in, and following it twice is harmless. */
export async function optOut(ctx: AppContext, memberId: string, token: string): Promise<void> {
  if (!optOutTokenValid(ctx.secret, memberId, token)) throw fail.MEMBER_OPT_OUT_LINK_INVALID();
  await ctx.database.transaction(async (tx) => {
    // The member they were when the email went out may since have been merged into another.
    const root = (await rootsOf(tx.db, [memberId])).get(memberId);
    if (!root || !(await setOptOut(tx.db, root, ctx.clock.now()))) throw fail.MEMBER_OPT_OUT_LINK_INVALID();
  });
}
