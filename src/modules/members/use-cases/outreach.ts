import type { z } from 'zod';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { staffRoles } from '../../../core/roles.ts';
import type { Db } from '../../../db/index.ts';
import { userCards, userNames } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { memberSummary } from '../dto.ts';
import { fail } from '../errors.ts';
import type { advocateSchema, messageBody, messageSchema, welcomeItemSchema } from '../outreach-schemas.ts';
import { memberPolicy } from '../policy.ts';
import { findMember, membersByIds, mergedTree, rootsOf } from '../queries/members.ts';
import { messagesOf, type MessageRow } from '../queries/messages.ts';
import {
  firstActivities,
  helpCounts,
  lastOutreach,
  markGreeted,
  ungreetedNewcomers,
} from '../queries/outreach.ts';
import { sendToMembers } from './send-messages.ts';

export type MessageDto = z.infer<typeof messageSchema>;
const day = 86_400_000;
const welcomeDays = 30;

/** Staff accounts are members too, but nobody greets a colleague or recruits them as an advocate. */
async function withoutStaff<T extends { id: string }>(db: Db, rows: readonly T[]): Promise<T[]> {
  const cards = await userCards(
    db,
    rows.map((row) => row.id),
  );
  return rows.filter((row) => !staffRoles.includes(cards.get(row.id)?.role as never));
}

export async function messageDtos(db: Db, rows: readonly MessageRow[]): Promise<MessageDto[]> {
  const senders = await userNames(db, [...new Set(rows.flatMap((row) => (row.sentBy ? [row.sentBy] : [])))]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    channel: row.channel as MessageDto['channel'],
    toAddress: row.toAddress,
    subject: row.subject,
    body: row.body,
    status: row.status as MessageDto['status'],
    detail: row.detail,
    sentBy: row.sentBy ? { id: row.sentBy, name: senders.get(row.sentBy) ?? 'Someone' } : null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
}

/** A greeting or an outreach message to one member; a greeting takes them out of the welcome queue. */
export async function messageMember(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: z.infer<typeof messageBody>,
  meta: RequestMeta,
): Promise<MessageDto> {
  const staff = memberPolicy.authorize(actor, 'message');
  const row = await ctx.database.transaction(async (tx) => {
    const root = (await rootsOf(tx.db, [id])).get(id);
    if (!root) throw fail.MEMBER_NOT_FOUND();
    await findMember(tx.db, root, true);
    const now = ctx.clock.now();
    if (input.kind === 'greeting' && !(await markGreeted(tx.db, root, staff.userId, now)))
      throw fail.MEMBER_ALREADY_GREETED();
    const [sent] = await sendToMembers(tx, ctx, staff.userId, [root], {
      kind: input.kind,
      channel: input.channel ?? null,
      subject: input.subject,
      body: input.body,
      optional: false,
    });
    if (!sent || sent.status === 'skipped')
      throw fail.MEMBER_UNREACHABLE(
        input.channel
          ? {
              message: `There is no way to reach this member by ${input.channel === 'dm' ? 'direct message (they have no account)' : 'email (no address known)'}.`,
            }
          : undefined,
      );
    await recordAuditEvent(tx, ctx.clock, {
      actorId: staff.userId,
      action: input.kind === 'greeting' ? 'members.greeted' : 'members.reached_out',
      targetType: 'member',
      targetId: root,
      ip: meta.ip,
      data: { messageId: sent.id, channel: sent.channel },
    });
    return sent;
  });
  const [dto] = await messageDtos(ctx.database.db, [row]);
  return dto as MessageDto;
}

/** What staff sent a member (merged members included), newest first. */
export async function memberMessages(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<MessageDto[]> {
  memberPolicy.authorize(actor, 'read');
  const root = (await rootsOf(ctx.database.db, [id])).get(id);
  if (!root) throw fail.MEMBER_NOT_FOUND();
  const tree = await mergedTree(ctx.database.db, root);
  return messageDtos(ctx.database.db, await messagesOf(ctx.database.db, tree, 100));
}

/** Newcomers (with an account, arrived in the last 30 days) nobody on staff greeted: longest waiting first. */
export async function welcomeQueue(
  ctx: AppContext,
  actor: Actor | null,
  limit: number,
): Promise<z.infer<typeof welcomeItemSchema>[]> {
  memberPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const since = new Date(ctx.clock.now().getTime() - welcomeDays * day);
  const rows = (await withoutStaff(db, await ungreetedNewcomers(db, since, limit * 2))).slice(0, limit);
  const firsts = await firstActivities(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const first = firsts.get(row.id);
    return {
      ...memberSummary(row),
      firstActivity: first ? { title: first.title, link: first.link, at: first.at.toISOString() } : null,
    };
  });
}

/** Who helped most in the last 90 days (accepted answers, then replies), with when staff last reached out. */
export async function listAdvocates(
  ctx: AppContext,
  actor: Actor | null,
  limit: number,
): Promise<z.infer<typeof advocateSchema>[]> {
  memberPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const counts = await helpCounts(db, new Date(ctx.clock.now().getTime() - 90 * day), limit * 3);
  const roots = await rootsOf(
    db,
    counts.map((c) => c.memberId),
  );
  const totals = new Map<string, { accepted: number; replies: number; lastAt: Date }>();
  for (const c of counts) {
    const root = roots.get(c.memberId) ?? c.memberId;
    const seen = totals.get(root) ?? { accepted: 0, replies: 0, lastAt: c.lastAt };
    totals.set(root, {
      accepted: seen.accepted + c.accepted,
      replies: seen.replies + c.replies,
      lastAt: seen.lastAt > c.lastAt ? seen.lastAt : c.lastAt,
    });
  }
  const rows = await withoutStaff(db, await membersByIds(db, [...totals.keys()]));
  const reached = await lastOutreach(
    db,
    rows.map((row) => row.id),
  );
  return rows
    .map((row) => {
      const total = totals.get(row.id) as { accepted: number; replies: number; lastAt: Date };
      return {
        ...memberSummary(row),
        acceptedAnswers: total.accepted,
        replies: total.replies,
        lastHelpedAt: total.lastAt.toISOString(),
        lastOutreachAt: reached.get(row.id)?.toISOString() ?? null,
      };
    })
    .sort((a, b) => b.acceptedAnswers - a.acceptedAnswers || b.replies - a.replies)
    .slice(0, limit);
}
