import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../../context.ts';
import type { JobDefinition } from '../../../jobs/index.ts';
import { queueMail, type OutgoingMail } from '../../../mail/index.ts';
import { findUserById, userNames } from '../../accounts/index.ts';
import { findNotification, markEmailed, pendingForEmail, type NotificationRow } from '../queries.ts';
import type { NotificationKind } from '../schemas.ts';
import { preferencesOf } from './preferences.ts';

export const emailJob = 'notifications.email';
export const digestJob = 'notifications.digest';

/** Digests go out once a day, at this hour (UTC), with everything still unread. */
const digestHourUtc = 7;

export function secondsUntilDigest(now: Date): number {
  const next = new Date(now);
  next.setUTCHours(digestHourUtc, 0, 0, 0);
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return Math.ceil((next.getTime() - now.getTime()) / 1000);
}

/** The unsubscribe link carries a signature of the person's id, so it works without signing in. */
export function unsubscribeToken(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}`).digest('base64url');
}

export function unsubscribeTokenValid(secret: string, userId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, userId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * One line per kind, for the subject and the digest. `actor` is null when nobody did it (the system
 * speaks): forum kinds say "Someone" as before, the inbox kinds word it without anyone. An SLA
 * alert's title already says what is due and on which conversation.
 */
const lines: Record<NotificationKind, (actor: string | null, title: string) => string> = {
  reply: (actor, title) => `${actor ?? 'Someone'} replied to "${title}"`,
  mention: (actor, title) => `${actor ?? 'Someone'} mentioned you in "${title}"`,
  accepted: (actor, title) => `${actor ?? 'Someone'} accepted your answer in "${title}"`,
  message: (actor, title) => `${actor ?? 'Someone'} sent you a message: "${title}"`,
  assigned: (actor, title) =>
    actor
      ? `${actor} assigned you a conversation: "${title}"`
      : `A conversation was assigned to you: "${title}"`,
  sla_alert: (_actor, title) => `SLA warning: ${title}`,
  note_mention: (actor, title) =>
    actor
      ? `${actor} mentioned you in an internal note on "${title}"`
      : `You were mentioned in an internal note on "${title}"`,
  rating: (_actor, title) => `How did we do? Rate the help you got with "${title}"`,
  listening_alert: (_actor, title) => `Listening alert: ${title}`,
  // An idea's title already says what changed and what staff answered.
  idea_status: (_actor, title) => `Idea update: ${title}`,
  idea_shipped: (_actor, title) => `Shipped: ${title}`,
  idea_merged: (_actor, title) => `Idea merged: ${title}`,
};

/** What the single email asks the person to do with the link. */
const calls: Partial<Record<NotificationKind, string>> = {
  assigned: 'Open the conversation',
  sla_alert: 'Open the conversation',
  note_mention: 'Read the note',
  rating: 'Rate it here',
  listening_alert: 'See the alert',
  idea_status: 'See the idea',
  idea_shipped: 'See the idea',
  idea_merged: 'See the idea',
};

function describe(row: NotificationRow, names: ReadonlyMap<string, string>): string {
  const actor = (row.actorId && names.get(row.actorId)) || null;
  const line = lines[row.kind as NotificationKind] ?? lines.reply;
  return line(actor, row.title);
}

/**
 * Where the email leads: the notification's own link when it has one (made absolute against the
 * public URL, and only ever to this site), else the post in its thread, else the list.
 */
function linkOf(ctx: AppContext, row: NotificationRow): string {
  const site = new URL(ctx.config.publicUrl);
  if (row.link) {
    const url = new URL(row.link, site);
    if (url.origin === site.origin) return url.toString();
  }
  if (!row.threadId) return new URL('/notifications', site).toString();
  const anchor = row.postId ? `#post-${row.postId}` : '';
  return new URL(`/t/${row.threadId}${anchor}`, site).toString();
}

function withUnsubscribe(ctx: AppContext, userId: string, mail: OutgoingMail): OutgoingMail {
  const token = unsubscribeToken(ctx.secret, userId);
  const url = new URL(
    `/api/notifications/unsubscribe?u=${userId}&t=${token}`,
    ctx.config.publicUrl,
  ).toString();
  const page = new URL(`/unsubscribe?u=${userId}&t=${token}`, ctx.config.publicUrl).toString();
  return {
    ...mail,
    text: `${mail.text}\n\n—\nStop these emails with one click: ${page}\nOr choose what you get under Account › Notifications.`,
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** Sends what is still worth sending: an unread notification, to someone who still wants email. */
async function sendEmails(
  ctx: AppContext,
  userId: string,
  rows: NotificationRow[],
  digest: boolean,
): Promise<void> {
  const db = ctx.database.db;
  const user = await findUserById(db, userId);
  const preferences = (await preferencesOf(db, [userId])).get(userId);
  if (!user || user.status !== 'active' || !preferences || preferences.email === 'off') return;
  const wanted = rows.filter((row) => preferences.kinds[row.kind as NotificationKind]?.email !== false);
  const names = await userNames(
    db,
    wanted.flatMap((row) => (row.actorId ? [row.actorId] : [])),
  );
  const [first] = wanted;
  if (!first) return;
  const mail: OutgoingMail = digest
    ? {
        to: user.email,
        subject: `${wanted.length} new in the community`,
        text: [
          `Hi ${user.name},`,
          '',
          ...wanted.map((row) => `• ${describe(row, names)}\n  ${linkOf(ctx, row)}`),
        ].join('\n'),
      }
    : {
        to: user.email,
        subject: describe(first, names),
        text: [
          `Hi ${user.name},`,
          '',
          `${describe(first, names)}.`,
          '',
          `${calls[first.kind as NotificationKind] ?? 'Read it here'}: ${linkOf(ctx, first)}`,
        ].join('\n'),
      };
  await ctx.database.transaction(async (tx) => {
    await markEmailed(
      tx.db,
      wanted.map((row) => row.id),
      ctx.clock.now(),
    );
    await queueMail(ctx, tx, withUnsubscribe(ctx, userId, mail));
  });
}

export function notificationJobs(ctx: AppContext): JobDefinition[] {
  const instant: JobDefinition<{ id: string }> = {
    name: emailJob,
    handle: async ({ id }) => {
      const row = await findNotification(ctx.database.db, id);
      if (!row || row.readAt || row.emailedAt) return;
      await sendEmails(ctx, row.userId, [row], false);
    },
  };
  const digest: JobDefinition<{ userId: string }> = {
    name: digestJob,
    handle: async ({ userId }) => sendDigest(ctx, userId),
  };
  return [instant, digest] as JobDefinition[];
}

/** Everything unread and not yet emailed, in one email; later digest jobs for the same day find nothing left. */
export async function sendDigest(ctx: AppContext, userId: string): Promise<void> {
  const rows = await pendingForEmail(ctx.database.db, userId);
  if (rows.length > 0) await sendEmails(ctx, userId, rows, true);
}
