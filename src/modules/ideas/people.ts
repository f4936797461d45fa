import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import { userCards, userNames } from '../accounts/index.ts';
import { memberWeights, type PersonInput } from '../members/index.ts';

/**
 * Names for the people on an idea: members (authors, voters: a member id, which for an account is
 * the user id) by their member's name, staff (who answered, captured, merged) by their account's.
 */
export async function namesOf(
  db: Db,
  memberIds: Iterable<string>,
  userIds: Iterable<string | null>,
): Promise<Map<string, string>> {
  const members = [...new Set(memberIds)];
  const weights = await memberWeights(db, members);
  const wanted = new Set([...userIds, ...members.filter((id) => !weights.has(id))]);
  wanted.delete(null);
  const users = await userNames(db, [...wanted] as string[]);
  const names = new Map(users);
  for (const [id, weight] of weights) if (!names.has(id)) names.set(id, weight.name);
  return names;
}

/** Someone signed in, as the members module recognises people: by their account. */
export function accountPerson(actor: Actor): PersonInput {
  return { name: actor.name, identities: [{ kind: 'account', value: actor.userId }] };
}

/** Of these member ids, the ones that are accounts still able to sign in: who can be notified. */
export async function reachableAccounts(db: Db, memberIds: Iterable<string>): Promise<string[]> {
  const cards = await userCards(db, [...new Set(memberIds)]);
  return [...cards.values()].filter((card) => card.status === 'active').map((card) => card.id);
}
