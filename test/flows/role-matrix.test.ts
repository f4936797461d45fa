import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/core/roles.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import type { TestClient, TestResponse } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * Persona × action → allowed or denied, written out by hand: the table is the spec, so a policy
 * change that is not also made here fails.
 */
type Who = Role | 'anonymous';
const everyone: Who[] = [...roles];
const notGuest: Who[] = roles.filter((r) => r !== 'guest');

interface Action {
  name: string;
  allowed: Who[];
  run(client: TestClient, fresh: () => Promise<string>): Promise<TestResponse>;
}

let spaceCounter = 0;

const actions: Action[] = [
  { name: 'read own profile', allowed: everyone, run: (c) => c.get('/api/me') },
  { name: 'list own sessions', allowed: everyone, run: (c) => c.get('/api/me/sessions') },
  {
    name: 'create an API token',
    allowed: notGuest,
    run: (c) => c.post('/api/me/tokens', { name: 'matrix', scope: 'read' }),
  },
  { name: 'list users', allowed: ['admin'], run: (c) => c.get('/api/admin/users') },
  {
    name: "change a user's role",
    allowed: ['admin'],
    run: async (c, fresh) => c.patch(`/api/admin/users/${await fresh()}`, { role: 'staff' }),
  },
  {
    name: 'suspend a user',
    allowed: ['admin'],
    run: async (c, fresh) => c.post(`/api/admin/users/${await fresh()}/suspend`, { reason: 'matrix' }),
  },
  {
    name: 'reinstate a user',
    allowed: ['admin'],
    run: async (c, fresh) => c.post(`/api/admin/users/${await fresh()}/reinstate`),
  },
  { name: 'read site settings', allowed: ['admin'], run: (c) => c.get('/api/admin/settings') },
  {
    name: 'change site settings',
    allowed: ['admin'],
    run: (c) => c.patch('/api/admin/settings', { signupMode: 'open' }),
  },
  { name: 'list invitations', allowed: ['admin', 'manager'], run: (c) => c.get('/api/admin/invitations') },
  {
    name: 'create an invitation',
    allowed: ['admin', 'manager'],
    run: (c) => c.post('/api/admin/invitations', {}),
  },
  { name: 'see failed jobs', allowed: ['admin'], run: (c) => c.get('/api/admin/jobs') },
  { name: 'read the audit log', allowed: ['admin'], run: (c) => c.get('/api/admin/audit') },
  { name: 'verify the audit chain', allowed: ['admin'], run: (c) => c.post('/api/admin/audit/verify') },
  { name: 'list spaces', allowed: ['anonymous', ...roles], run: (c) => c.get('/api/spaces') },
  { name: 'list groups', allowed: ['admin', 'manager'], run: (c) => c.get('/api/admin/groups') },
  {
    name: 'create a group',
    allowed: ['admin', 'manager'],
    run: (c) => c.post('/api/admin/groups', { name: 'Matrix', slug: `matrix-group-${++spaceCounter}` }),
  },
  {
    name: 'create a space',
    allowed: ['admin'],
    run: (c) =>
      c.post('/api/admin/spaces', { name: 'Matrix', slug: `matrix-${++spaceCounter}`, kind: 'discussion' }),
  },
];

let hearth: TestHearth;
const clients = new Map<Who, TestClient>();

beforeAll(async () => {
  hearth = await startTestHearth();
  clients.set('anonymous', hearth.client());
  for (const role of roles) {
    const client = hearth.client();
    await signedIn(hearth.ctx, client, role);
    clients.set(role, client);
  }
});
afterAll(() => hearth.dispose());

const fresh = async () => (await createPersona(hearth.ctx, 'member')).id;
const cases = actions.flatMap((action) => (['anonymous', ...roles] as Who[]).map((who) => ({ action, who })));

describe('role matrix', () => {
  it.each(cases.map((c) => [c.action.name, c.who, c] as const))(
    '%s as %s',
    async (_name, who, { action }) => {
      const client = clients.get(who);
      if (!client) throw new Error(`no client for ${who}`);
      const response = await action.run(client, fresh);
      if (action.allowed.includes(who)) {
        expect(response.status, response.body).toBeGreaterThanOrEqual(200);
        expect(response.status, response.body).toBeLessThan(300);
      } else if (who === 'anonymous') {
        expect([response.status, response.code]).toEqual([401, 'AUTH_REQUIRED']);
      } else {
        expect([response.status, response.code]).toEqual([403, 'AUTH_FORBIDDEN']);
      }
    },
  );
});
