import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedIn } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import type { IdentityInput } from '../identities.ts';
import { resolveMembers } from '../index.ts';

let hearth: TestHearth;
let agent: TestClient;

beforeAll(async () => {
  hearth = await startTestHearth();
  agent = hearth.client();
  await signedIn(hearth.ctx, agent, 'agent');
});
afterAll(() => hearth.dispose());

async function person(name: string, identities: IdentityInput[]): Promise<string> {
  const [id] = await hearth.ctx.database.transaction((tx) =>
    resolveMembers(tx, [{ name, identities }], hearth.ctx.clock.now()),
  );
  return id as string;
}

it('suggests likely duplicates with reasons, one click merges them, and a merged one is no longer suggested', async () => {
  const work = await person('Marta Silva', [{ kind: 'email', value: 'marta.silva@northwind.io' }]);
  const twitter = await person('Marta Silva', [{ kind: 'handle', platform: 'twitter', value: 'martasilva' }]);
  const colleague = await person('Marta Silva', [{ kind: 'email', value: 'm.silva@northwind.io' }]);
  await person('Marta Silva', [{ kind: 'email', value: 'marta@gmail.com' }]);
  await person('Mark Silver', [{ kind: 'handle', platform: 'twitter', value: 'marksilver' }]);

  const suggestions = async () =>
    (await agent.get(`/api/members/${work}/merge-suggestions`)).json<{
      items: { member: { id: string }; reasons: string[] }[];
    }>().items;
  const found = await suggestions();
  expect(found.map((s) => s.member.id).sort()).toEqual([twitter, colleague].sort());
  expect(found.find((s) => s.member.id === colleague)?.reasons).toContain(
    'both write from an address at northwind.io',
  );

  expect((await agent.post(`/api/members/${work}/merge`, { fromId: twitter })).status).toBe(200);
  expect((await suggestions()).map((s) => s.member.id)).toEqual([colleague]);

  expect((await agent.get('/api/members/00000000-0000-4000-8000-000000000404/merge-suggestions')).code).toBe(
    'MEMBER_NOT_FOUND',
  );
  const member = hearth.client();
  await signedIn(hearth.ctx, member, 'member');
  expect((await member.get(`/api/members/${work}/merge-suggestions`)).status).toBe(403);
});
