import type { Db } from '../../db/index.ts';
import { findUserById } from '../accounts/index.ts';
import type { PersonInput } from './use-cases/resolve-members.ts';

/** An account as a person: its id, its email (verified when confirmed) and its name. */
export async function accountPerson(db: Db, userId: string): Promise<PersonInput | null> {
  const user = await findUserById(db, userId);
  if (!user) return null;
  return {
    name: user.name,
    identities: [
      { kind: 'account', value: user.id },
      { kind: 'email', value: user.email, verified: user.emailVerifiedAt !== null },
    ],
  };
}

/**
 * Whoever an inbox conversation is with: their account when the channel knew it, else the email
 * address or phone number it gave (a bare handle without its platform says too little).
 */
export async function contactPerson(
  db: Db,
  contact: { memberId: string | null; name: string | null; address: string | null },
): Promise<PersonInput | null> {
  if (contact.memberId) {
    const account = await accountPerson(db, contact.memberId);
    if (account) return account;
  }
  const address = contact.address?.trim() ?? '';
  if (address.includes('@') && !address.startsWith('@'))
    return { name: contact.name, identities: [{ kind: 'email', value: address }] };
  if (/^\+?[\d\s().-]{6,}$/.test(address))
    return { name: contact.name, identities: [{ kind: 'phone', value: address }] };
  return null;
}
