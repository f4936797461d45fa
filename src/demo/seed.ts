import type { AppContext } from '../context.ts';
import { newId } from '../core/ids.ts';
import type { Role } from '../core/roles.ts';
import { countUsers, hashPassword, insertUser, lockRoleChanges } from '../modules/accounts/index.ts';
import { demoLogins, demoPassword } from '../modules/system/index.ts';
import { insertDemoSpaces } from '../modules/spaces/index.ts';
import { seedDemoForum } from './forum.ts';
import { seedDemoInbox } from './inbox.ts';
import { seedDemoListening } from './listening.ts';
import { seedDemoIdeas } from './ideas.ts';
import { seedDemoOnboarding } from './onboarding.ts';
import { inventPerson } from './people.ts';

const staffNames: Record<string, string> = {
  admin: 'Ada Admin',
  manager: 'Maya Lindqvist',
  agent: 'Theo Mensah',
  moderator: 'Rosa Moreau',
  member: 'Sam Okafor',
};

/** Fills an empty database with a small, believable community. Does nothing when users exist. */
export async function seedDemo(ctx: AppContext, memberCount = 24): Promise<boolean> {
  if ((await countUsers(ctx.database.db)) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  const start = ctx.clock.now().getTime() - 90 * 86_400_000;
  const seeded = await ctx.database.transaction(async (tx) => {
    // Two app nodes starting on one empty database: one seeds, the other finds users and stops.
    await lockRoleChanges(tx.db);
    if ((await countUsers(tx.db)) > 0) return false;
    let step = 0;
    const add = async (name: string, email: string, role: Role, withPassword: boolean) => {
      const at = new Date(start + step++ * 3 * 3_600_000);
      await insertUser(tx.db, {
        id: newId(),
        email,
        name,
        handle: (email.split('@')[0] ?? 'member').replace(/[^a-z0-9]+/g, '_').slice(0, 24),
        passwordHash: withPassword ? passwordHash : null,
        role,
        emailVerifiedAt: at,
        createdAt: at,
        updatedAt: at,
        lastSeenAt: at,
      });
    };
    for (const login of demoLogins)
      await add(staffNames[login.role] ?? login.role, login.email, login.role as Role, true);
    await add('Stella Staff', 'staff@demo.hearth.local', 'staff', true);
    // A second agent, so round robin, balanced assignment and the rota have someone to share with.
    await add('Priya Iyer', 'priya@demo.hearth.local', 'agent', false);
    const seen = new Set<string>();
    while (seen.size < memberCount) {
      const person = inventPerson();
      if (seen.has(person.email)) continue;
      seen.add(person.email);
      await add(person.name, person.email, 'member', false);
    }
    await insertDemoSpaces(tx, ctx.clock.now());
    return true;
  });
  if (seeded) {
    await seedDemoForum(ctx);
    await seedDemoInbox(ctx);
    await seedDemoListening(ctx);
    await seedDemoIdeas(ctx);
    await seedDemoOnboarding(ctx);
  }
  return seeded;
}
