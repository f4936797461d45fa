import type { AppContext } from '../../src/context.ts';
import { newId } from '../../src/core/ids.ts';
import type { Role } from '../../src/core/roles.ts';
import { hashPassword, insertUser } from '../../src/modules/accounts/index.ts';
import type { TestClient } from './test-client.ts';

export const personaPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
let counter = 0;

export interface Persona {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** A user of the given role, written straight to the database (one argon2 hash per run). */
export async function createPersona(
  ctx: AppContext,
  role: Role,
  extra: { status?: 'active' | 'suspended'; name?: string } = {},
): Promise<Persona> {
  passwordHash ??= hashPassword(personaPassword);
  const n = ++counter;
  const now = ctx.clock.now();
  const email = `${role}${n}-${newId().slice(0, 8)}@test.hearth.local`;
  const name = extra.name ?? `${role[0]?.toUpperCase()}${role.slice(1)} Persona ${n}`;
  const user = await insertUser(ctx.database.db, {
    id: newId(),
    email,
    name,
    handle: `${role}_${n}_${newId().slice(0, 4)}`,
    passwordHash: await passwordHash,
    role,
    status: extra.status ?? 'active',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return { id: user.id, email, name, role, password: personaPassword };
}

/** A persona signed in through the real sign-in route on the given client. */
export async function signedIn(ctx: AppContext, client: TestClient, role: Role): Promise<Persona> {
  const persona = await createPersona(ctx, role);
  const response = await client.signIn(persona.email, persona.password);
  if (response.status !== 200) throw new Error(`sign-in of ${role} failed: ${response.body}`);
  return persona;
}
