import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { demoLogins } from '../modules/system/index.ts';
import { startTestHearth, type TestHearth } from '../../test/support/test-hearth.ts';
import { DemoForumActivity } from './forum.ts';
import { DemoInboxActivity } from './inbox.ts';
import { DemoListeningActivity } from './listening.ts';
import { DemoOnboardingActivity } from './onboarding.ts';
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

  it('has a working inbox: routed and assigned conversations, late ones, ratings, a report, a rota gap', async () => {
    const manager = hearth.client();
    await manager.signIn('manager@demo.hearth.local', 'hearth-demo-2026');
    const all = (await manager.get('/api/inbox/conversations?limit=100')).json<{
      items: { channel: string; team: { name: string } | null; breached: boolean }[];
    }>();
    expect(new Set(all.items.map((c) => c.channel))).toEqual(new Set(['email', 'api', 'forum', 'phone']));
    expect(all.items.some((c) => c.team?.name === 'Billing')).toBe(true);
    expect(all.items.some((c) => c.breached)).toBe(true);
    const report = (await manager.get('/api/inbox/reports')).json<{
      totals: {
        conversations: number;
        csatResponses: number;
        reopened: number;
        escalated: number;
        breaches: number;
      };
      firstResponse: { medianMinutes: number | null };
    }>();
    expect(report.totals.conversations).toBeGreaterThan(10);
    expect(report.totals.escalated).toBe(1);
    expect(report.totals.reopened).toBeGreaterThanOrEqual(1);
    // The warranty claim was answered after more than 4 business hours.
    expect(report.totals.breaches).toBeGreaterThanOrEqual(1);
    expect(report.totals.csatResponses).toBeGreaterThanOrEqual(4);
    expect(report.firstResponse.medianMinutes).not.toBeNull();
    const gaps = (await manager.get('/api/inbox/coverage')).json<{ gaps: { teamName: string }[] }>();
    expect(gaps.gaps.some((gap) => gap.teamName === 'Support')).toBe(true);
  });

  it('keeps the inbox moving: a customer writes, then an agent answers', async () => {
    const activity = new DemoInboxActivity(hearth.ctx);
    const count = async () =>
      (
        await hearth.ctx.database.sql.query<{ n: number; out: number }>(
          "select count(*)::int as n, (select count(*)::int from inbox_messages where direction = 'out') as out from inbox_conversations",
        )
      ).rows[0];
    const before = await count();
    await activity.step();
    const arrived = await count();
    expect(arrived?.n).toBe((before?.n ?? 0) + 1);
    await activity.step();
    expect((await count())?.out).toBe((arrived?.out ?? 0) + 1);
  });

  it('listens: a week of mentions in the stream, the overheating spike raised as an alert, mentions still arriving', async () => {
    const manager = hearth.client();
    await manager.signIn('manager@demo.hearth.local', 'hearth-demo-2026');
    const stream = (await manager.get('/api/listening/items?limit=100')).json<{
      items: { rules: { name: string }[]; sentimentLabel: string }[];
      nextCursor: string | null;
    }>();
    expect(stream.nextCursor).not.toBeNull();
    expect(stream.items.some((item) => item.rules.some((rule) => rule.name === 'Lumo One'))).toBe(true);
    expect(new Set(stream.items.map((item) => item.sentimentLabel)).size).toBe(3);
    const alerts = (await manager.get('/api/listening/alerts')).json<{ label: string; status: string }[]>();
    expect(alerts.some((alert) => alert.status === 'open')).toBe(true);
    const rooms = (await manager.get('/api/listening/crises')).json<{ title: string; status: string }[]>();
    expect(rooms).toEqual([
      expect.objectContaining({ title: 'Lumo One overheating after firmware 5.1', status: 'open' }),
    ]);
    const waiting = (await manager.get('/api/listening/outreach')).json<{ waiting: unknown[] }>();
    expect(waiting.waiting.length).toBeGreaterThan(0);
    const rules = (await manager.get('/api/listening/rules')).json<{ name: string; inbox: string }[]>();
    expect(rules.find((rule) => rule.name === 'Lumo')?.inbox).toBe('needs_answer');
    const newest = async () =>
      (await manager.get('/api/listening/items?limit=1')).json<{ items: { id: string }[] }>().items[0]?.id;
    const before = await newest();
    await new DemoListeningActivity(hearth.ctx).step();
    expect(await newest()).not.toBe(before);
  });

  it('sells: the Lumo shop with weeks of orders, purchase-verified members, an invitation link and printed codes', async () => {
    const admin = hearth.client();
    await admin.signIn('admin@demo.hearth.local', 'hearth-demo-2026');
    const stores = (await admin.get('/api/onboarding/stores')).json<{
      items: { id: string; purchases: number }[];
    }>();
    const [store] = stores.items;
    expect(store?.purchases).toBe(36);
    await new DemoOnboardingActivity(hearth.ctx).step();
    const orders = (await admin.get(`/api/onboarding/stores/${store?.id}/purchases`)).json<{
      items: { memberId: string }[];
    }>();
    expect(orders.items).toHaveLength(37);
    const member = (await admin.get(`/api/members/${orders.items[0]?.memberId}`)).json<{
      purchaseVerifiedAt: string | null;
    }>();
    expect(member.purchaseVerifiedAt).not.toBeNull();
    const links = (await admin.get('/api/admin/invitations')).json<{ items: { label: string | null }[] }>();
    expect(links.items.map((link) => link.label)).toContain('Spring newsletter');
    const batches = (await admin.get('/api/admin/invitation-batches')).json<{ items: { size: number }[] }>();
    expect(batches.items[0]?.size).toBe(250);
  });

  it('lists no logins when the demo is off', async () => {
    const quiet = await startTestHearth({ demo: false });
    expect((await quiet.client().get('/api/site')).json()).toMatchObject({ demo: false, demoLogins: [] });
    await quiet.dispose();
  });
});
