import { sql } from 'drizzle-orm';
import { erasedName, type PrivacyPart, type PrivacySubject } from '../../core/privacy.ts';
import type { Db } from '../../db/index.ts';
import { selectRows } from '../../db/rows.ts';

const erasedText = '[erased at the person’s request]';

/** Conversations with the person: by their account or member, or by an address they wrote from. */
function theirs(subject: PrivacySubject) {
  const ids = [...new Set([...(subject.userId ? [subject.userId] : []), ...subject.memberIds])];
  const addresses = [...subject.emails, ...subject.phones];
  return sql`(member_id = any(${sql.param(ids)}::uuid[]) or lower(contact_address) = any(${sql.param(addresses)}::text[]))`;
}

async function conversationIds(db: Db, subject: PrivacySubject): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select id from inbox_conversations where ${theirs(subject)}`,
  );
  return rows.map((row) => row.id);
}

/** What they wrote to us and what we answered; on erasure their words and address go, ours stay. */
export const inboxPrivacy: PrivacyPart = {
  export: async (db, subject) => {
    const ids = await conversationIds(db, subject);
    const [conversations, messages, ratings] = await Promise.all([
      selectRows(
        db,
        sql`select id, channel, subject, contact_name, contact_address, status, created_at from inbox_conversations
            where id = any(${sql.param(ids)}::uuid[]) order by created_at`,
      ),
      selectRows(
        db,
        sql`select conversation_id, direction, author_name, body_text, created_at from inbox_messages
            where conversation_id = any(${sql.param(ids)}::uuid[]) and direction <> 'note' order by created_at`,
      ),
      selectRows(
        db,
        sql`select conversation_id, rating, comment, answered_at from inbox_csat
            where conversation_id = any(${sql.param(ids)}::uuid[]) and answered_at is not null`,
      ),
    ]);
    return { conversations, messages, ratings };
  },
  erase: async (tx, subject) => {
    const ids = sql.param(await conversationIds(tx.db, subject));
    const count = async (statement: ReturnType<typeof sql>) => (await selectRows(tx.db, statement)).length;
    return {
      conversations: await count(
        sql`update inbox_conversations set contact_name = ${erasedName}, contact_address = null
            where id = any(${ids}::uuid[]) returning id`,
      ),
      messages: await count(
        sql`update inbox_messages set body_text = ${erasedText}, body_html = ${`<p>${erasedText}</p>`}, author_name = null
            where conversation_id = any(${ids}::uuid[]) and direction = 'in' returning id`,
      ),
      ratingComments: await count(
        sql`update inbox_csat set comment = null where conversation_id = any(${ids}::uuid[]) and comment is not null
            returning token`,
      ),
      unreadableMail: await count(
        sql`delete from inbox_raw_inbound where lower(envelope_from) = any(${sql.param(subject.emails)}::text[])
            returning id`,
      ),
    };
  },
};
