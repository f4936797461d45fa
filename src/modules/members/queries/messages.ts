import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';
import { memberCampaigns, memberMessages } from '../tables.ts';

export type MessageRow = typeof memberMessages.$inferSelect;
export type CampaignRow = typeof memberCampaigns.$inferSelect;

/** How a member can be reached: their account, their best email address, whether they opted out. */
export interface Reach {
  memberId: string;
  name: string;
  accountId: string | null;
  email: string | null;
  optedOut: boolean;
}

/**
 * Each member's ways in, over their whole merged tree: a verified email before an unverified one,
 * an account's before a stranger's.
 */
export async function reachOf(db: Db, memberIds: readonly string[]): Promise<Reach[]> {
  if (memberIds.length === 0) return [];
  const rows = await selectRows<{
    id: string;
    name: string;
    account_id: string | null;
    email: string | null;
    opted_out: boolean;
  }>(
    db,
    sql`with recursive tree(id, root) as (
          select id, id from members where id = any(${sql.param([...memberIds])}::uuid[])
          union all
          select m.id, tree.root from members m join tree on m.merged_into = tree.id
        )
        select m.id, m.name, m.contact_opt_out_at is not null as opted_out,
          (select i.value from tree t join member_identities i on i.member_id = t.id
            where t.root = m.id and i.kind = 'account' order by (t.id = m.id) desc limit 1) as account_id,
          (select i.value from tree t join member_identities i on i.member_id = t.id
            where t.root = m.id and i.kind = 'email' order by i.verified desc, (t.id = m.id) desc, i.created_at
            limit 1) as email
        from members m where m.id = any(${sql.param([...memberIds])}::uuid[])`,
  );
  return rows.map((row) => ({
    memberId: row.id,
    name: row.name,
    accountId: row.account_id,
    email: row.email,
    optedOut: row.opted_out,
  }));
}

export async function insertMessages(db: Db, rows: readonly MessageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(memberMessages).values([...rows]);
}

/** What the mail job reported; a later success overwrites an earlier failed attempt. */
export async function setMessageOutcome(db: Db, id: string, sent: boolean, detail: string, at: Date) {
  await db
    .update(memberMessages)
    .set(sent ? { status: 'sent', detail, sentAt: at } : { status: 'failed', detail })
    .where(sql`${memberMessages.id} = ${id} and ${memberMessages.status} <> 'sent'`);
}

export async function messagesOf(db: Db, memberIds: readonly string[], limit: number): Promise<MessageRow[]> {
  return db
    .select()
    .from(memberMessages)
    .where(sql`${memberMessages.memberId} = any(${sql.param([...memberIds])}::uuid[])`)
    .orderBy(desc(memberMessages.createdAt))
    .limit(limit);
}

export async function insertCampaign(db: Db, row: CampaignRow): Promise<void> {
  await db.insert(memberCampaigns).values(row);
}

export async function findCampaign(db: Db, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(memberCampaigns).where(eq(memberCampaigns.id, id));
  return row;
}

export async function listCampaignRows(db: Db, limit: number): Promise<CampaignRow[]> {
  return db.select().from(memberCampaigns).orderBy(desc(memberCampaigns.createdAt)).limit(limit);
}

/** How many of each campaign's messages are queued, sent, failed or skipped. */
export async function campaignCounts(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, Record<string, number>>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ campaign_id: string; status: string; n: number }>(
    db,
    sql`select campaign_id, status, count(*)::int as n from member_messages
        where campaign_id = any(${sql.param([...ids])}::uuid[]) group by campaign_id, status`,
  );
  const out = new Map<string, Record<string, number>>();
  for (const row of rows) out.set(row.campaign_id, { ...out.get(row.campaign_id), [row.status]: row.n });
  return out;
}

export async function campaignMessages(db: Db, campaignId: string, limit: number): Promise<MessageRow[]> {
  return db
    .select()
    .from(memberMessages)
    .where(eq(memberMessages.campaignId, campaignId))
    .orderBy(memberMessages.createdAt, memberMessages.id)
    .limit(limit);
}

export async function setOptOut(db: Db, memberId: string, at: Date): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`update members set contact_opt_out_at = coalesce(contact_opt_out_at, ${at.toISOString()}::timestamptz)
        where id = ${memberId}::uuid returning id`,
  );
  return rows.length > 0;
}
