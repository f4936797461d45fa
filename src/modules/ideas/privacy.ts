import { sql } from 'drizzle-orm';
import type { PrivacyPart } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

/**
 * Their ideas, votes and comments. Ideas and comments stay on the board under their anonymous name
 * (others voted for them); the words staff quoted from a private conversation to capture an idea go.
 */
export const ideaPrivacy: PrivacyPart = {
  export: async (db, subject) => {
    const ids = sql`${sql.param(subject.memberIds)}::uuid[]`;
    const [ideas, votes, comments] = await Promise.all([
      selectRows(
        db,
        sql`select id, title, body, status, source_kind, source_excerpt, created_at from ideas
            where author_id = any(${ids}) order by created_at`,
      ),
      selectRows(
        db,
        sql`select i.title, v.created_at from idea_votes v join ideas i on i.id = v.idea_id
            where v.member_id = any(${ids}) order by v.created_at`,
      ),
      selectRows(
        db,
        sql`select idea_id, body, created_at from idea_comments where author_id = any(${ids}) and deleted_at is null
            order by created_at`,
      ),
    ]);
    return { ideas, votes, comments };
  },
  erase: async (tx, subject) => ({
    capturedQuotes: (
      await selectRows(
        tx.db,
        sql`update ideas set source_excerpt = null
            where author_id = any(${sql.param(subject.memberIds)}::uuid[]) and source_excerpt is not null returning id`,
      )
    ).length,
  }),
};
