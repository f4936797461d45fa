import { sql } from 'drizzle-orm';
import type { PrivacyPart, PrivacySubject } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

/** Mentions by the person: linked to their member, or by an email address or handle of theirs. */
function theirs(subject: PrivacySubject) {
  const handles = subject.handles.map((h) => `${h.platform}:${h.value}`);
  return sql`(member_id = any(${sql.param(subject.memberIds)}::uuid[])
    or lower(author_email) = any(${sql.param(subject.emails)}::text[])
    or (platform || ':' || lower(author_handle)) = any(${sql.param(handles)}::text[]))`;
}

/**
 * What they said in public about the brand. On erasure the mention stays in the counts and trends
 * (its words were public) but no longer says who wrote it or where.
 */
export const listeningPrivacy: PrivacyPart = {
  export: async (db, subject) => ({
    mentions: await selectRows(
      db,
      sql`select platform, url, title, body, author_name, author_handle, author_email, published_at, sentiment_label, intent
          from listening_items where ${theirs(subject)} order by published_at`,
    ),
  }),
  erase: async (tx, subject) => ({
    mentions: (
      await selectRows(
        tx.db,
        sql`update listening_items set author_name = null, author_handle = null, author_email = null, member_id = null,
              url = null where ${theirs(subject)} returning id`,
      )
    ).length,
  }),
};
