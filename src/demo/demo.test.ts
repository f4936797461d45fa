import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { demoLogins } from '../modules/system/index.ts';
import { startTestHearth, type TestHearth } from '../../test/support/test-hearth.ts';
import { DemoForumActivity } from './forum.ts';
import { seedDemo } from './seed.ts';

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth({ demo: true });
});
afterAll(() => hearth.dispose());

describe('the demo community', () => {
  it('is seeded once into an empty database, and every printed login works with its role', async () => {
    expect(await seedDemo(hearth.ctx, 6)).toBe(true);
    expect(await seedDemo(hearth.ctx, 6)).toBe(false);
    const site = (await hearth.client().get('/api/site')).json<{
      demo: boolean;
      demoLogins: typeof demoLogins;
    }>();
    expect(site.demo).toBe(true);
    expect(site.demoLogins.map((l) => l.role)).toEqual(['admin', 'manager', 'agent', 'moderator', 'member']);
    for (const login of site.demoLogins) {
      const response = await hearth.client().signIn(login.email, login.password);
      expect(response.json<{ user: { role: string } }>().user.role).toBe(login.role);
    }
    const { rows } = await hearth.ctx.database.sql.query<{ n: number }>(
      "select count(*)::int as n from users where role = 'member'",
    );
    expect(rows[0]?.n).toBe(7);
  });

  it('has a lived-in forum: solved questions, a pinned announcement, the queues filled, all through the use cases', async () => {
    const admin = hearth.client();
    await admin.signIn('admin@demo.hearth.local', 'hearth-demo-2026');
    const questions = (await admin.get('/api/spaces/questions/threads')).json<{
      items: { title: string; solved: boolean; solvedByCommunity: boolean }[];
    }>();
    expect(questions.items.some((t) => t.solvedByCommunity)).toBe(true);
    expect(questions.items.some((t) => t.solved && !t.solvedByCommunity)).toBe(true);
    const news = (await hearth.client().get('/api/spaces/announcements/threads')).json<{
      items: { pinned: boolean }[];
    }>();
    expect(news.items[0]?.pinned).toBe(true);
    const flags = (await admin.get('/api/moderation/flags')).json<{ items: unknown[] }>();
    expect(flags.items.length).toBeGreaterThan(0);
    const unanswered = (await admin.get('/api/questions/unanswered')).json<{ items: unknown[] }>();
    expect(unanswered.items.length).toBeGreaterThan(0);
    const visitor = (await hearth.client().get('/api/spaces/complaints/threads')).json<{
      items: unknown[];
    }>();
    expect(visitor.items).toEqual([]);
    const general = (await hearth.client().get('/api/spaces/general/threads')).json<{
      items: { takenPrivate: boolean }[];
    }>();
    expect(general.items.some((t) => t.takenPrivate)).toBe(true);
  });

  it('keeps talking: a question, then an answer that mentions the asker, then an accepted answer', async () => {
    const activity = new DemoForumActivity(hearth.ctx);
    const before = (await hearth.client().get('/api/spaces/questions/threads')).json<{
      items: { id: string }[];
    }>();
    await activity.step();
    const after = (await hearth.client().get('/api/spaces/questions/threads')).json<{
      items: { id: string; replyCount: number; solved: boolean }[];
    }>();
    const fresh = after.items.find((t) => !before.items.some((b) => b.id === t.id));
    expect(fresh?.replyCount).toBe(0);
    await activity.step();
    await activity.step();
    const thread = (await hearth.client().get(`/api/threads/${fresh?.id}`)).json<{
      thread: { replyCount: number; solved: boolean };
    }>();
    expect(thread.thread.replyCount).toBe(1);
  });

  it('lists no logins when the demo is off', async () => {
    const quiet = await startTestHearth({ demo: false });
    expect((await quiet.client().get('/api/site')).json()).toMatchObject({ demo: false, demoLogins: [] });
    await quiet.dispose();
  });
});
