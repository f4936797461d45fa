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
  handle: string;
  role: Role;
  password: string;
}

/** A user of the given role, written straight to the database (one argon2 hash per run). */
export async function createPersona(
  ctx: AppContext,
  role: Role,
  extra: { status?: 'active' | 'suspended'; name?: string; joinedDaysAgo?: number } = {},
): Promise<Persona> {
  passwordHash ??= hashPassword(personaPassword);
  const n = ++counter;
  const now = ctx.clock.now();
  const email = `${role}${n}-${newId().slice(0, 8)}@test.hearth.local`;
  const name = extra.name ?? `${role[0]?.toUpperCase()}${role.slice(1)} Persona ${n}`;
  // Personas have been members for a month unless a test says otherwise: new members are sandboxed.
  const joined = new Date(now.getTime() - (extra.joinedDaysAgo ?? 30) * 86_400_000);
  const handle = `${role}_${n}_${newId().slice(0, 4)}`;
  const user = await insertUser(ctx.database.db, {
    id: newId(),
    email,
    name,
    handle,
    passwordHash: await passwordHash,
    role,
    status: extra.status ?? 'active',
    emailVerifiedAt: now,
    createdAt: joined,
    updatedAt: now,
  });
  return { id: user.id, email, name, handle, role, password: personaPassword };
}

/** A persona signed in through the real sign-in route on the given client. */
export async function signedIn(
  ctx: AppContext,
  client: TestClient,
  role: Role,
  extra: Parameters<typeof createPersona>[2] = {},
): Promise<Persona> {
  const persona = await createPersona(ctx, role, extra);
  const response = await client.signIn(persona.email, persona.password);
  if (response.status !== 200) throw new Error(`sign-in of ${role} failed: ${response.body}`);
  return persona;
}
