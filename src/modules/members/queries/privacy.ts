import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/index.ts';
import { selectRows } from '../../../db/rows.ts';

const ids = (memberIds: readonly string[]) => sql`${sql.param([...memberIds])}::uuid[]`;

/** Everything members keeps about these members (a person's merged tree), table by table. */
export async function memberRecords(db: Db, memberIds: readonly string[]) {
  const [profiles, identities, activities, notes, messages, merges] = await Promise.all([
    selectRows(
      db,
      sql`select id, name, stage, stage_reason, tags, country, purchase_verified_at, value_cents, greeted_at,
            review_requested_at, contact_opt_out_at, last_active_at, created_at
          from members where id = any(${ids(memberIds)}) order by created_at`,
    ),
    selectRows(
      db,
      sql`select kind, platform, value, verified, created_at from member_identities
          where member_id = any(${ids(memberIds)}) order by kind, value`,
    ),
    selectRows(
      db,
      sql`select kind, title, excerpt, link, sentiment, facts, at from member_activities
          where member_id = any(${ids(memberIds)}) order by at`,
    ),
    selectRows(
      db,
      sql`select body, created_at from member_notes where member_id = any(${ids(memberIds)}) order by created_at`,
    ),
    selectRows(
      db,
      sql`select kind, channel, to_address, subject, body, status, created_at, sent_at from member_messages
          where member_id = any(${ids(memberIds)}) order by created_at`,
    ),
    selectRows(
      db,
      sql`select into_id, from_id, reason, at, undone_at from member_merges
          where into_id = any(${ids(memberIds)}) or from_id = any(${ids(memberIds)}) order by at`,
    ),
  ]);
  return { profiles, identities, activities, notes, messages, merges };
}

async function count(db: Db, statement: ReturnType<typeof sql>): Promise<number> {
  return (await selectRows<{ id: string }>(db, statement)).length;
}

/**
 * Anonymises these members: the name, tags, country and every way to reach them go; what they did
 * stays on the timeline without its words; staff notes and message texts about them are deleted.
 * The account identity (an id, nothing personal) stays, so the anonymous account keeps its member.
 */
export async function eraseMembers(db: Db, memberIds: readonly string[], name: string, now: Date) {
  return {
    members: await count(
      db,
      sql`update members set name = ${name}, tags = '{}', country = null, stage_reason = '',
            greeted_by = null, updated_at = ${now.toISOString()}::timestamptz
          where id = any(${ids(memberIds)}) returning id`,
    ),
    identities: await count(
      db,
      sql`delete from member_identities where member_id = any(${ids(memberIds)}) and kind <> 'account' returning id`,
    ),
    activities: await count(
      db,
      sql`update member_activities set excerpt = '', facts = facts - 'url' - 'comment'
          where member_id = any(${ids(memberIds)}) returning id`,
    ),
    notes: await count(
      db,
      sql`delete from member_notes where member_id = any(${ids(memberIds)}) returning id`,
    ),
    messages: await count(
      db,
      sql`update member_messages set to_address = null, body = '', subject = '(erased)'
          where member_id = any(${ids(memberIds)}) returning id`,
    ),
  };
}
