import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/core/roles.ts';
import { signedIn } from './personas.ts';
import type { TestClient, TestResponse } from './test-client.ts';
import type { TestHearth } from './test-hearth.ts';

/** Everyone a matrix tries: each role signed in, and someone who is not. */
export type Who = Role | 'anonymous';
export const everyone: readonly Who[] = ['anonymous', ...roles];

export interface MatrixAction<Context> {
  name: string;
  allowed: readonly Who[];
  /** An allowed request that passes the policy but is refused for another reason, on purpose. */
  allowedAnswer?: { status: number; code: string };
  run(client: TestClient, context: Context): Promise<TestResponse>;
}

/** A signed-in client per role, and one signed out. */
export async function clientsByWho(hearth: TestHearth): Promise<Map<Who, TestClient>> {
  const clients = new Map<Who, TestClient>([['anonymous', hearth.client()]]);
  for (const role of roles) {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, role);
    clients.set(role, client);
  }
  return clients;
}

/**
 * One test per action × person: an allowed person gets a 2xx (or the refusal the action names),
 * anyone else 401 signed out and 403 signed in.
 */
export function describeRoleMatrix<Context>(
  title: string,
  actions: readonly MatrixAction<Context>[],
  setting: () => { clients: Map<Who, TestClient>; context: Context },
): void {
  const cases = actions.flatMap((action) => everyone.map((who) => [action.name, who, action] as const));
  describe(title, () => {
    it.each(cases)('%s as %s', async (_name, who, action) => {
      const { clients, context } = setting();
      const client = clients.get(who);
      if (!client) throw new Error(`no client for ${who}`);
      const response = await action.run(client, context);
      if (!action.allowed.includes(who)) {
        const refusal = who === 'anonymous' ? [401, 'AUTH_REQUIRED'] : [403, 'AUTH_FORBIDDEN'];
        expect([response.status, response.code]).toEqual(refusal);
      } else if (action.allowedAnswer) {
        expect([response.status, response.code]).toEqual([
          action.allowedAnswer.status,
          action.allowedAnswer.code,
        ]);
      } else {
        expect(response.status, response.body).toBeGreaterThanOrEqual(200);
        expect(response.status, response.body).toBeLessThan(300);
      }
    });
  });
}
