import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHearth, type TestHearth } from '../../test/support/test-hearth.ts';
import { DemoIdeasActivity } from './ideas.ts';
import { seedDemo } from './seed.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth({ demo: true });
  await seedDemo(hearth.ctx, 8);
});
afterAll(() => hearth.dispose());

interface Board {
  board: { voteBudget: number | null };
  items: { id: string; title: string; status: string; voteCount: number; captured: boolean }[];
}

describe('the demo ideas board', () => {
  it('has ideas in every status with votes, responses, a merged duplicate and a captured request', async () => {
    const admin = hearth.client();
    await admin.signIn('admin@demo.hearth.local', 'hearth-demo-2026');
    const all = (await admin.get('/api/spaces/ideas/ideas?status=all&limit=100')).json<Board>();
    expect(all.board.voteBudget).toBe(10);
    expect(new Set(all.items.map((i) => i.status))).toEqual(
      new Set(['new', 'under_review', 'planned', 'in_progress', 'shipped', 'declined']),
    );
    expect(all.items.length).toBeGreaterThanOrEqual(12);
    expect(all.items.every((i) => i.voteCount > 0)).toBe(true);
    const captured = all.items.find((i) => i.captured);
    const idea = (await admin.get(`/api/ideas/${captured?.id}`)).json<{ source: { link: string } }>();
    expect(idea.source.link).toMatch(/^\/inbox\/c\//);
    const dark = all.items.find((i) => i.title === 'Dark mode for the Lumo app');
    const merged = (await admin.get(`/api/ideas/${dark?.id}`)).json<{ history: { kind: string }[] }>();
    expect(merged.history.map((h) => h.kind)).toContain('merged_in');
    const declined = (
      await hearth.client().get(`/api/ideas/${all.items.find((i) => i.status === 'declined')?.id}`)
    ).json<{
      response: { html: string } | null;
    }>();
    expect(declined.response?.html).toContain('widgets');
  });

  it('keeps voting in the live demo', async () => {
    const count = async () =>
      (await hearth.client().get('/api/spaces/ideas/ideas?status=open&limit=100'))
        .json<Board>()
        .items.reduce((sum, i) => sum + i.voteCount, 0);
    const before = await count();
    const activity = new DemoIdeasActivity(hearth.ctx);
    for (let n = 0; n < 5; n++) await activity.step();
    expect(await count()).toBeGreaterThanOrEqual(before);
  });
});
