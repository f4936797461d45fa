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
