import { sql } from 'drizzle-orm';
import { erasedName, type PrivacyPart, type PrivacySubject } from '../../core/privacy.ts';
import { selectRows } from '../../db/rows.ts';

function theirs(subject: PrivacySubject) {
  return sql`(member_id = any(${sql.param(subject.memberIds)}::uuid[]) or lower(email) = any(${sql.param(subject.emails)}::text[]))`;
}

/** What they bought; on erasure the order stays (the shop's figures) without their name or address. */
export const onboardingPrivacy: PrivacyPart = {
  export: async (db, subject) => ({
    purchases: await selectRows(
      db,
      sql`select order_id, email, name, items, amount_cents, currency, country, purchased_at from store_purchases
          where ${theirs(subject)} order by purchased_at`,
    ),
  }),
  erase: async (tx, subject) => ({
    purchases: (
      await selectRows(
        tx.db,
        sql`update store_purchases set email = '', name = ${erasedName}, country = null where ${theirs(subject)}
            returning id`,
      )
    ).length,
  }),
};
