import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { queueMail } from '../../../mail/index.ts';
import { sendStaffDirectMessage } from '../../forum/index.ts';
import { optOutToken, personalise, trackPrefix, type MessageChannel, type MessageKind } from '../messages.ts';
import { insertActivities } from '../queries/activities.ts';
import { insertMessages, reachOf, type MessageRow, type Reach } from '../queries/messages.ts';

export interface MessageDraft {
  kind: MessageKind;
  /** Null: a direct message to those with an account when a sender is known, else email. */
  channel: MessageChannel | null;
  subject: string;
  body: string;
  campaignId?: string;
  /** Campaigns and review requests carry an opt-out link and skip those who used it. */
  optional: boolean;
}

function channelFor(reach: Reach, draft: MessageDraft, senderId: string | null): MessageChannel | null {
  const dm = reach.accountId && senderId && reach.accountId !== senderId;
  if (draft.channel === 'dm') return dm ? 'dm' : null;
  if (draft.channel === 'email') return reach.email ? 'email' : null;
  return dm ? 'dm' : reach.email ? 'email' : null;
}

function optOutFooter(ctx: AppContext, memberId: string) {
  const token = optOutToken(ctx.secret, memberId);
  const query = `m=${memberId}&t=${token}`;
  const page = new URL(`/stop-messages?${query}`, ctx.config.publicUrl).toString();
  const oneClick = new URL(`/api/members/opt-out?${query}`, ctx.config.publicUrl).toString();
  return {
    text: `\n\n--\nYou get this because you are part of our community. Stop these messages: ${page}`,
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** Delivers one member's message by its channel; returns its status and why. */
async function deliver(
  tx: Tx,
  ctx: AppContext,
  message: MessageRow,
  reach: Reach,
  draft: MessageDraft,
): Promise<Pick<MessageRow, 'status' | 'detail' | 'sentAt'>> {
  if (message.channel === 'dm') {
    const sent = await sendStaffDirectMessage(tx, ctx, {
      from: message.sentBy as string,
      to: reach.accountId as string,
      title: message.subject,
      body: message.body,
    });
    return sent
      ? { status: 'sent', detail: `/t/${sent.threadId}`, sentAt: message.createdAt }
      : { status: 'skipped', detail: 'their account is gone', sentAt: null };
  }
  const footer = draft.optional ? optOutFooter(ctx, reach.memberId) : null;
  await queueMail(ctx, tx, {
    to: message.toAddress as string,
    subject: message.subject,
    text: `${message.body}${footer?.text ?? ''}`,
    ...(footer ? { headers: footer.headers } : {}),
    track: `${trackPrefix}${message.id}`,
  });
  return { status: 'queued', detail: '', sentAt: null };
}

function skipped(reach: Reach, draft: MessageDraft): string | null {
  if (draft.optional && reach.optedOut) return 'opted out of messages from staff';
  return null;
}

/**
 * Sends a message to each member (roots) in the caller's transaction: a direct message or an email
 * (tracked to delivery), or a skipped row saying why (opted out, no way to reach them). Each is on
 * the member's timeline. Returns the rows written, in the order given.
 */
export async function sendToMembers(
  tx: Tx,
  ctx: AppContext,
  senderId: string | null,
  memberIds: readonly string[],
  draft: MessageDraft,
): Promise<MessageRow[]> {
  const now = ctx.clock.now();
  const reaches = new Map((await reachOf(tx.db, memberIds)).map((reach) => [reach.memberId, reach]));
  const rows: MessageRow[] = [];
  for (const memberId of memberIds) {
    const reach = reaches.get(memberId);
    if (!reach) continue;
    const channel = channelFor(reach, draft, senderId);
    const row: MessageRow = {
      id: newId(),
      memberId,
      kind: draft.kind,
      campaignId: draft.campaignId ?? null,
      channel: channel ?? draft.channel ?? 'email',
      toAddress: channel === 'email' ? reach.email : null,
      subject: personalise(draft.subject, reach.name),
      body: personalise(draft.body, reach.name),
      status: 'skipped',
      detail: '',
      sentBy: senderId,
      createdAt: now,
      sentAt: null,
    };
    const why = skipped(reach, draft) ?? (channel ? null : 'no email address or account to reach them');
    rows.push(why ? { ...row, detail: why } : { ...row, ...(await deliver(tx, ctx, row, reach, draft)) });
  }
  await insertMessages(tx.db, rows);
  await putOnTimelines(tx, rows, now);
  return rows;
}

async function putOnTimelines(tx: Tx, rows: readonly MessageRow[], now: Date): Promise<void> {
  const reached = rows.filter((row) => row.status !== 'skipped');
  await insertActivities(
    tx.sql,
    reached.map((row) => ({
      id: newId(),
      memberId: row.memberId,
      kind: row.kind,
      refId: row.id,
      title: row.subject,
      excerpt: row.body.replace(/\s+/g, ' ').slice(0, 280),
      link: row.channel === 'dm' && row.detail.startsWith('/t/') ? row.detail : null,
      sentiment: null,
      facts: { channel: row.channel },
      at: now,
    })),
  );
}
