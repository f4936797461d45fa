import { erasedName, type PrivacyPart, type PrivacySubject } from '../../core/privacy.ts';
import type { Db } from '../../db/index.ts';
import { identitiesOfMembers } from './queries/identities.ts';
import { mergedTree, rootsOf } from './queries/members.ts';
import { eraseMembers, memberRecords } from './queries/privacy.ts';

/**
 * The person a member id (or an account's id, the same thing) stands for: their member with
 * everything merged into it, and every identity they are known by. Null: no such member.
 */
export async function privacySubject(db: Db, id: string): Promise<PrivacySubject | null> {
  const root = (await rootsOf(db, [id])).get(id);
  if (!root) return null;
  const memberIds = await mergedTree(db, root);
  const identities = await identitiesOfMembers(db, memberIds);
  const of = (kind: string) => identities.filter((i) => i.kind === kind);
  return {
    userId: of('account')[0]?.value ?? null,
    memberIds,
    emails: of('email').map((i) => i.value),
    handles: of('handle').map((i) => ({ platform: i.platform, value: i.value })),
    phones: of('phone').map((i) => i.value),
  };
}

export const memberPrivacy: PrivacyPart = {
  export: (db, subject) => memberRecords(db, subject.memberIds),
  erase: (tx, subject, now) => eraseMembers(tx.db, subject.memberIds, erasedName, now),
};
