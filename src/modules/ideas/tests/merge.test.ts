import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import type { IdeaDto } from '../schemas.ts';
import { newBoard, notificationsOf, someone, submit, vote, type Someone } from './fixture.ts';

let hearth: TestHearth;
let admin: Someone;
let moderator: Someone;
let agent: Someone;
let ana: Someone;
let ben: Someone;
let cleo: Someone;
let slug: string;

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = await someone(hearth, 'admin');
  moderator = await someone(hearth, 'moderator');
  agent = await someone(hearth, 'agent');
  ana = await someone(hearth, 'member');
  ben = await someone(hearth, 'member');
  cleo = await someone(hearth, 'member');
  slug = await newBoard(admin.client);
});
afterAll(() => hearth.dispose());

describe('merging duplicates', () => {
  it('refuses bad input, missing ideas, roles that cannot merge, itself and other boards', async () => {
    const idea = await submit(ana.client, slug, 'Merge checks');
    const other = await submit(ana.client, await newBoard(admin.client), 'Elsewhere');
    const bad = await moderator.client.post(`/api/ideas/${idea.id}/merge`, { intoId: 'nope' });
    expect(bad.status).toBe(400);
    const missing = await moderator.client.post(`/api/ideas/${idea.id}/merge`, {
      intoId: '00000000-0000-4000-8000-000000000000',
    });
    expect([missing.status, missing.code]).toEqual([404, 'IDEA_NOT_FOUND']);
    const byAgent = await agent.client.post(`/api/ideas/${idea.id}/merge`, { intoId: other.id });
    expect([byAgent.status, byAgent.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const self = await moderator.client.post(`/api/ideas/${idea.id}/merge`, { intoId: idea.id });
    expect([self.status, self.code]).toEqual([409, 'IDEA_MERGE_SELF']);
    const across = await moderator.client.post(`/api/ideas/${idea.id}/merge`, { intoId: other.id });
    expect([across.status, across.code]).toEqual([409, 'IDEA_MERGE_OTHER_BOARD']);
    const after = (await ana.client.get(`/api/ideas/${idea.id}`)).json<IdeaDto>();
    expect(after).toMatchObject({ id: idea.id, mergedFrom: null });
  });

  it('carries votes (one per member) and followers, redirects the old idea and notifies its people', async () => {
    const survivor = await submit(ana.client, slug, 'Dark mode for the app');
    const duplicate = await submit(cleo.client, slug, 'Night theme please', 'Dark screens at night.');
    await vote(ben.client, survivor.id);
    await vote(ben.client, duplicate.id);
    await vote(ana.client, duplicate.id);
    const follower = await someone(hearth, 'member');
    await follower.client.put(`/api/ideas/${duplicate.id}/follow`);
    await ben.client.post(`/api/ideas/${duplicate.id}/comments`, { body: 'Please!' });

    const merged = await moderator.client.post(`/api/ideas/${duplicate.id}/merge`, { intoId: survivor.id });
    expect(merged.status, merged.body).toBe(200);
    const idea = merged.json<IdeaDto>();
    expect(idea).toMatchObject({ id: survivor.id, voteCount: 2 });
    const voters = new Map(idea.voters?.map((v) => [v.member.id, v]));
    expect(voters.get(ben.persona.id)?.carriedFrom).toBeNull();
    expect(voters.get(ana.persona.id)?.carriedFrom).toEqual({
      id: duplicate.id,
      title: 'Night theme please',
    });
    expect(idea.comments.map((c) => c.html.trim())).toEqual(['<p>Please!</p>']);
    expect(idea.history.map((h) => [h.kind, h.otherIdea?.id])).toEqual([['merged_in', duplicate.id]]);

    const redirected = (await hearth.client().get(`/api/ideas/${duplicate.id}`)).json<IdeaDto>();
    expect(redirected).toMatchObject({
      id: survivor.id,
      mergedFrom: { id: duplicate.id, title: 'Night theme please' },
    });
    expect((await follower.client.get(`/api/ideas/${survivor.id}`)).json<IdeaDto>().following).toBe(true);
    expect((await ana.client.get(`/api/ideas/${survivor.id}`)).json<IdeaDto>().voted).toBe(true);

    for (const who of [ben, ana, cleo, follower]) {
      const notes = (await notificationsOf(who.client)).filter((n) => n.kind === 'idea_merged');
      expect(notes).toEqual([
        expect.objectContaining({
          link: `/ideas/${survivor.id}`,
          title: expect.stringContaining('“Night theme please” was merged into “Dark mode for the app”'),
        }),
      ]);
    }
    const again = await moderator.client.post(`/api/ideas/${duplicate.id}/merge`, { intoId: survivor.id });
    expect([again.status, again.code]).toEqual([409, 'IDEA_ALREADY_MERGED']);
    const board = (await ana.client.get(`/api/spaces/${slug}/ideas`)).json<{ items: { id: string }[] }>();
    expect(board.items.map((i) => i.id)).not.toContain(duplicate.id);
    const audit = (await admin.client.get('/api/admin/audit?limit=50')).body;
    expect(audit).toContain('ideas.merged');
  });
});
