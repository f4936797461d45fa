import type { Database } from '../src/db/index.ts';
import { log } from './output.ts';

const kinds = ['mention', 'reply', 'thread', 'conversation', 'csat', 'answer_accepted', 'mention', 'reply'];

/**
 * 100,000 members with a handle each and 1,000,000 activities over the last 180 days, written in
 * SQL (the bench measures reading and recomputing, not writing). Activity per member is skewed as
 * in a real community: a few members have thousands of entries, most have a handful.
 */
export async function seedMembers(database: Database, members: number, activities: number): Promise<void> {
  const sql = (text: string, params: unknown[] = []) => database.sql.query(text, params);
  await sql(
    `insert into members (id, name, stage, stage_reason, last_active_at, created_at, updated_at)
     select md5('bench-member-' || g)::uuid, 'Bench member ' || g, 'newcomer', '',
       now() - (g % 180) * interval '1 day', now() - interval '400 days', now()
     from generate_series(1, $1::int) g`,
    [members],
  );
  await sql(
    `insert into member_identities (id, member_id, kind, platform, value, verified, created_at)
     select md5('bench-identity-' || g)::uuid, md5('bench-member-' || g)::uuid, 'handle',
       case when g % 3 = 0 then 'reddit' else 'twitter' end, 'bench_member_' || g, false, now()
     from generate_series(1, $1::int) g`,
    [members],
  );
  const chunk = 100_000;
  for (let from = 1; from <= activities; from += chunk) {
    const to = Math.min(activities, from + chunk - 1);
    await sql(
      `insert into member_activities (id, member_id, kind, ref_id, title, excerpt, link, sentiment, facts, at)
       select md5('bench-activity-' || g)::uuid,
         md5('bench-member-' || (1 + floor($3::int * power((g * 0.6180339887) % 1, 3)))::int)::uuid,
         ($4::text[])[1 + g % ${kinds.length}], 'bench-' || g,
         'Bench activity ' || g, 'Something a member said or did, number ' || g, null,
         ((g % 200) - 100) / 100.0,
         case when g % ${kinds.length} = 4 then jsonb_build_object('rating', 1 + g % 5) else '{}'::jsonb end,
         now() - ((g::bigint * 7919) % 15552000) * interval '1 second'
       from generate_series($1::int, $2::int) g`,
      [from, to, members, kinds],
    );
    log(`Seeded ${to.toLocaleString('en-US')} of ${activities.toLocaleString('en-US')} activities…`);
  }
  await sql('analyze members');
  await sql('analyze member_activities');
  await sql('analyze member_identities');
}
