import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { importMentions, importSource, type IncomingMention } from '../../listening/index.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
let agent: TestClient;

beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url });
  agent = hearth.client();
  await signedIn(hearth.ctx, agent, 'agent');
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

interface Member {
  id: string;
  name: string;
  identities: { kind: string; platform: string; value: string; verified: boolean }[];
  mergedFrom: string | null;
  merges: { id: string; from: { id: string }; by: string | null; reason: string }[];
  activityCounts: Record<string, number>;
}
interface Timeline {
  items: { kind: string; title: string; excerpt: string; link: string | null }[];
  nextCursor: string | null;
}

async function importFrom(mentions: IncomingMention[]): Promise<void> {
  const source = await importSource(hearth.ctx, 'Social export');
  async function* rows() {
    for (const [line, mention] of mentions.entries()) yield { line, mention };
  }
  await importMentions(hearth.ctx, source, rows());
}

/** The one member the search finds (mentions reach members in a job, so it may take a moment). */
async function memberNamed(q: string): Promise<Member> {
  const search = async () =>
    (await agent.get(`/api/members?q=${encodeURIComponent(q)}`)).json<{ items: { id: string }[] }>().items;
  await expect.poll(search, { timeout: 15_000 }).toHaveLength(1);
  const [found] = await search();
  return (await agent.get(`/api/members/${found?.id}`)).json<Member>();
}

async function signUpAndConfirm(email: string, name: string): Promise<string> {
  const client = hearth.client();
  const response = await client.post('/api/auth/signup', { email, password: 'a long enough password', name });
  expect(response.status).toBe(201);
  const mail = await smtp.waitFor(
    (m) =>
      m.subject === 'Confirm your email address for Hearth' &&
      (m.to && 'text' in m.to ? m.to.text : '') === email,
  );
  const token = /verify-email\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
  expect((await hearth.client().post('/api/auth/verify-email', { token })).status).toBe(204);
  return response.json<{ user: { id: string } }>().user.id;
}

describe('one member per person', () => {
  it('makes a member of a stranger who mentions the brand, and merges them into their account once they confirm the same email', async () => {
    await importFrom([
      {
        externalId: 'tw-1',
        text: 'My Lumo One runs hot since the update, is this safe?',
        author: { name: 'Ana Bell', handle: '@ana_b', email: 'Ana.Bell@example.org' },
        platform: 'twitter',
        publishedAt: new Date('2026-11-20T09:00:00Z'),
      },
      {
        externalId: 'tw-2',
        text: 'Still no answer about the Lumo One heat problem',
        author: { name: 'Ana Bell', handle: 'ana_b' },
        platform: 'twitter',
        publishedAt: new Date('2026-11-20T10:00:00Z'),
      },
    ]);
    const stranger = await memberNamed('ana_b');
    expect(stranger.name).toBe('Ana Bell');
    expect(stranger.identities).toEqual([
      { kind: 'email', platform: '', value: 'ana.bell@example.org', verified: false },
      { kind: 'handle', platform: 'twitter', value: 'ana_b', verified: false },
    ]);
    expect(stranger.activityCounts).toEqual({ mention: 2 });

    const userId = await signUpAndConfirm('ana.bell@example.org', 'Ana Bell');
    const merged = (await agent.get(`/api/members/${stranger.id}`)).json<Member>();
    expect(merged).toMatchObject({ id: userId, mergedFrom: stranger.id, activityCounts: { mention: 2 } });
    expect(merged.identities.map((i) => `${i.kind}:${i.value}:${i.verified}`).sort()).toEqual([
      `account:${userId}:false`,
      'email:ana.bell@example.org:true',
      'handle:ana_b:false',
    ]);
    expect(merged.merges).toEqual([
      expect.objectContaining({
        from: expect.objectContaining({ id: stranger.id }),
        by: null,
        reason: expect.stringContaining('verified email'),
      }),
    ]);
    const timeline = (await agent.get(`/api/members/${userId}/timeline`)).json<Timeline>();
    expect(timeline.items.map((item) => item.excerpt)).toEqual([
      'Still no answer about the Lumo One heat problem',
      'My Lumo One runs hot since the update, is this safe?',
    ]);
  });

  it('undoes a merge exactly, and merges again only when staff say so', async () => {
    const member = await memberNamed('ana.bell@example.org');
    const before = (await agent.get(`/api/members/${member.id}/timeline`)).json<Timeline>();
    const undone = await agent.post(`/api/members/merges/${member.merges[0]?.id}/undo`);
    expect(undone.status, undone.body).toBe(200);
    expect(undone.json<Member>().activityCounts).toEqual({});
    const strangerId = member.merges[0]?.from.id as string;
    const alone = (await agent.get(`/api/members/${strangerId}`)).json<Member>();
    expect(alone).toMatchObject({ id: strangerId, mergedFrom: null, activityCounts: { mention: 2 } });
    expect((await agent.post(`/api/members/merges/${member.merges[0]?.id}/undo`)).code).toBe(
      'MEMBER_MERGE_UNDONE',
    );

    const again = await agent.post(`/api/members/${member.id}/merge`, { fromId: strangerId });
    expect(again.status, again.body).toBe(200);
    expect(again.json<Member>().merges[0]).toMatchObject({
      by: expect.any(String),
      reason: 'Merged by staff.',
    });
    const after = (await agent.get(`/api/members/${member.id}/timeline`)).json<Timeline>();
    expect(after).toEqual(before);
  });

  it('refuses a merge into oneself, an unknown member and a bad id, changing nothing', async () => {
    const member = await memberNamed('ana.bell@example.org');
    expect((await agent.post(`/api/members/${member.id}/merge`, { fromId: member.id })).code).toBe(
      'MEMBER_MERGE_SELF',
    );
    const strangerId = member.merges[0]?.from.id as string;
    // The merged-in member stands for the survivor: merging it in again is a merge into oneself.
    expect((await agent.post(`/api/members/${member.id}/merge`, { fromId: strangerId })).code).toBe(
      'MEMBER_MERGE_SELF',
    );
    const unknown = '00000000-0000-4000-8000-00000000dead';
    expect((await agent.post(`/api/members/${member.id}/merge`, { fromId: unknown })).code).toBe(
      'MEMBER_NOT_FOUND',
    );
    expect((await agent.post(`/api/members/${member.id}/merge`, { fromId: 'nope' })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await agent.get(`/api/members/${unknown}`)).code).toBe('MEMBER_NOT_FOUND');
    expect((await agent.get(`/api/members/${member.id}`)).json<Member>().merges).toHaveLength(1);
  });

  it('puts forum posts on the author’s timeline, newest first, a page at a time', async () => {
    const admin = hearth.client();
    await signedIn(hearth.ctx, admin, 'admin');
    await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' });
    const writer = hearth.client();
    const user = await signedIn(hearth.ctx, writer, 'member');
    for (const n of [1, 2, 3]) {
      const created = await writer.post('/api/threads', {
        space: 'help',
        title: `Thermostat schedule question number ${n}`,
        body: `How do I set a schedule for weekdays, take ${n}?`,
      });
      expect(created.status, created.body).toBe(201);
    }
    const first = (await agent.get(`/api/members/${user.id}/timeline?limit=2`)).json<Timeline>();
    expect(first.items.map((item) => item.title)).toEqual([
      'Thermostat schedule question number 3',
      'Thermostat schedule question number 2',
    ]);
    expect(first.items[0]).toMatchObject({ kind: 'thread', link: expect.stringMatching(/^\/t\//) });
    const second = (
      await agent.get(`/api/members/${user.id}/timeline?limit=2&cursor=${first.nextCursor}`)
    ).json<Timeline>();
    expect(second.items.map((item) => item.title)).toEqual(['Thermostat schedule question number 1']);
    expect(second.nextCursor).toBeNull();
    expect(
      (await agent.get(`/api/members/${user.id}/timeline?kinds=mention`)).json<Timeline>().items,
    ).toEqual([]);
  });
});
