import { sql } from 'drizzle-orm';
import type { PrivacyPart } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

/**
 * Threads and posts stay in the community under the account's anonymous name once it is erased
 * (an answer others relied on keeps helping): so erasure here changes nothing, and the export
 * gives the person every word they wrote.
 */
export const forumPrivacy: PrivacyPart = {
  export: async (db, subject) => {
    if (!subject.userId) return {};
    const [threads, posts] = await Promise.all([
      selectRows(
        db,
        sql`select id, title, visibility, created_at from threads where author_id = ${subject.userId}::uuid
            order by created_at`,
      ),
      selectRows(
        db,
        sql`select p.id, p.thread_id, t.title as thread_title, p.body_markdown, p.created_at
            from posts p join threads t on t.id = p.thread_id
            where p.author_id = ${subject.userId}::uuid order by p.created_at`,
      ),
    ]);
    return { threads, posts };
  },
  erase: async () => ({}),
};
