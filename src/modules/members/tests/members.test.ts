import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { fixedClock } from '../../../core/clock.ts';
import { ingestMessage } from '../../inbox/index.ts';
import { recordActivities, resolveMembers } from '../index.ts';
import { recomputeAllLifecycles } from '../use-cases/lifecycle.ts';
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
  stage: string;
  stageReason: string;
  identities: { kind: string; platform: string; value: string; verified: boolean }[];
  mergedFrom: { id: string; name: string } | null;
  merges: { id: string; from: { id: string }; by: { id: string; name: string } | null; reason: string }[];
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
    expect(merged).toMatchObject({
      id: userId,
      mergedFrom: { id: stranger.id, name: 'Ana Bell' },
      activityCounts: { mention: 2 },
    });
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
    // The account comes by again with its verified email: Hearth leaves the undone pair apart.
    const [resolved] = await hearth.ctx.database.transaction((tx) =>
      resolveMembers(
        tx,
        [
          {
            name: 'Ana Bell',
            identities: [
              { kind: 'account', value: member.id },
              { kind: 'email', value: 'ana.bell@example.org', verified: true },
            ],
          },
        ],
        hearth.ctx.clock.now(),
      ),
    );
    expect(resolved).toBe(member.id);
    expect((await agent.get(`/api/members/${strangerId}`)).json<Member>()).toMatchObject({
      id: strangerId,
      mergedFrom: null,
    });

    const again = await agent.post(`/api/members/${member.id}/merge`, {
      fromId: strangerId,
      reason: 'Same person: she wrote from both.',
    });
    expect(again.status, again.body).toBe(200);
    expect(again.json<Member>().merges[0]).toMatchObject({
      by: { id: expect.any(String), name: expect.any(String) },
      reason: 'Same person: she wrote from both.',
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

  it('puts an email conversation and its rating on the sender’s timeline, and an accepted answer on its author’s', async () => {
    const opened = await hearth.ctx.database.transaction((tx) =>
      ingestMessage(tx, hearth.ctx, {
        channel: 'api',
        conversationRef: 'members-kim',
        externalId: 'api:members-kim-1',
        subject: 'Charged twice for the Lumo One',
        text: 'My card was charged twice this month.',
        html: '<p>My card was charged twice this month.</p>',
        from: { memberId: null, name: 'Kim Lee', address: 'Kim.Lee@example.com' },
        at: hearth.ctx.clock.now(),
        direction: 'in',
        opens: true,
      }),
    );
    const conversationId = opened.conversationId as string;
    const manager = hearth.client();
    await signedIn(hearth.ctx, manager, 'manager');
    expect(
      (await manager.patch(`/api/inbox/conversations/${conversationId}`, { status: 'resolved' })).status,
    ).toBe(200);
    const { rows } = await hearth.ctx.database.sql.query<{ token: string }>(
      'select token from inbox_csat where conversation_id = $1',
      [conversationId],
    );
    const rated = await hearth
      .client()
      .post(`/api/ratings/${rows[0]?.token}`, { rating: 5, comment: 'Sorted in minutes' }, { csrf: false });
    expect(rated.status, rated.body).toBe(200);
    const kim = await memberNamed('kim.lee@example.com');
    expect(kim).toMatchObject({ name: 'Kim Lee', activityCounts: { conversation: 1, csat: 1 } });
    const timeline = (await agent.get(`/api/members/${kim.id}/timeline`)).json<Timeline>();
    expect(timeline.items.map((item) => [item.kind, item.title, item.link])).toEqual([
      ['csat', 'Rated "Charged twice for the Lumo One" 5 of 5', `/inbox/c/${conversationId}`],
      ['conversation', 'Charged twice for the Lumo One', `/inbox/c/${conversationId}`],
    ]);

    const asker = hearth.client();
    await signedIn(hearth.ctx, asker, 'member');
    const helpers = [hearth.client(), hearth.client()];
    const helperIds: string[] = [];
    for (const helper of helpers) helperIds.push((await signedIn(hearth.ctx, helper, 'member')).id);
    const thread = (
      await asker.post('/api/threads', {
        space: 'help',
        title: 'Which wire is C?',
        body: 'Wiring help please',
      })
    ).json<{ thread: { id: string } }>().thread;
    const answers: { id: string }[] = [];
    for (const helper of helpers)
      answers.push(
        (await helper.post(`/api/threads/${thread.id}/replies`, { body: 'The blue one, usually.' })).json<{
          post: { id: string };
        }>().post,
      );
    const accept = (postId: string | undefined) =>
      asker.put(`/api/threads/${thread.id}/accepted`, { postId });
    expect((await accept(answers[0]?.id)).status).toBe(200);
    const accepted = async (id: string | undefined) =>
      (await agent.get(`/api/members/${id}/timeline?kinds=answer_accepted`))
        .json<Timeline>()
        .items.map((item) => item.title);
    expect(await accepted(helperIds[0])).toEqual(['Answer accepted: Which wire is C?']);
    expect((await accept(answers[1]?.id)).status).toBe(200);
    expect(await accepted(helperIds[0])).toEqual([]);
    expect(await accepted(helperIds[1])).toEqual(['Answer accepted: Which wire is C?']);
  });

  it('gives each member a stage with its reason, as they act and as time passes', async () => {
    const now = hearth.ctx.clock.now();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const person = {
      name: 'Rae Stone',
      identities: [{ kind: 'handle' as const, platform: 'reddit', value: 'rae_s' }],
    };
    const record = (entries: { kind: string; refId: string; at: Date }[]) =>
      hearth.ctx.database.transaction((tx) =>
        recordActivities(
          tx,
          entries.map((entry) => ({ ...entry, person, title: entry.kind })),
          hearth.ctx.clock.now(),
        ),
      );
    await record([1, 9, 16, 23, 40].map((d) => ({ kind: 'reply', refId: `rae-${d}`, at: daysAgo(d) })));
    const rae = await memberNamed('rae_s');
    expect(rae).toMatchObject({ stage: 'regular', stageReason: 'regular: active 5 of the last 8 weeks' });
    await record(
      [2, 3, 4].map((d) => ({ kind: 'answer_accepted', refId: `rae-answer-${d}`, at: daysAgo(d) })),
    );
    expect((await agent.get(`/api/members/${rae.id}`)).json<Member>()).toMatchObject({
      stage: 'advocate',
      stageReason: 'advocate: 3 accepted answers in 90 days',
    });
    const advocates = (await agent.get('/api/members?stage=advocate')).json<{ items: { id: string }[] }>()
      .items;
    expect(advocates.map((m) => m.id)).toEqual([rae.id]);

    const later = { ...hearth.ctx, clock: fixedClock(new Date(now.getTime() + 100 * 86_400_000)) };
    const swept = await recomputeAllLifecycles(later);
    expect(swept.changed).toBeGreaterThan(0);
    expect((await agent.get(`/api/members/${rae.id}`)).json<Member>()).toMatchObject({
      stage: 'gone',
      stageReason: 'gone: nothing for 101 days',
    });
    expect((await agent.get('/api/members?stage=sleepy')).code).toBe('VALIDATION_FAILED');
    const byIds = await agent.get(`/api/members?ids=${rae.id},00000000-0000-4000-8000-00000000dead`);
    expect(byIds.json<{ items: { id: string; stage: string }[] }>().items).toEqual([
      expect.objectContaining({ id: rae.id, stage: 'gone' }),
    ]);
    expect((await agent.get('/api/members?ids=not-ids')).code).toBe('VALIDATION_FAILED');
  });

  it('keeps staff notes and tags, and saved segments that list whom they select', async () => {
    const rae = await memberNamed('rae_s');
    const noted = await agent.post(`/api/members/${rae.id}/notes`, { body: '  Prefers email over DMs.  ' });
    expect(noted.status, noted.body).toBe(200);
    expect(noted.json<Member & { notes: { body: string; author: { name: string } }[] }>().notes).toEqual([
      expect.objectContaining({
        body: 'Prefers email over DMs.',
        author: expect.objectContaining({ name: expect.any(String) }),
      }),
    ]);
    expect((await agent.post(`/api/members/${rae.id}/notes`, { body: ' ' })).code).toBe('VALIDATION_FAILED');

    const tagged = await agent.put(`/api/members/${rae.id}/tags`, {
      tags: ['Beta', 'beta', 'Thermostat owners'],
    });
    expect(tagged.status, tagged.body).toBe(200);
    expect(tagged.json<Member & { tags: string[] }>().tags).toEqual(['beta', 'thermostat owners']);
    expect((await agent.put(`/api/members/${rae.id}/tags`, { tags: ['no/slashes'] })).code).toBe(
      'VALIDATION_FAILED',
    );

    const created = await agent.post('/api/members/segments', {
      name: 'Gone beta testers',
      filter: { stage: 'gone', tag: 'beta' },
    });
    expect(created.status, created.body).toBe(201);
    const segment = created.json<{ id: string }>();
    expect(
      (await agent.post('/api/members/segments', { name: 'Gone beta testers', filter: { tag: 'beta' } }))
        .code,
    ).toBe('MEMBER_SEGMENT_NAME_TAKEN');
    expect((await agent.post('/api/members/segments', { name: 'Everyone', filter: {} })).code).toBe(
      'VALIDATION_FAILED',
    );
    const listed = await agent.get(`/api/members?segment=${segment.id}`);
    expect(listed.json<{ items: { id: string }[] }>().items.map((m) => m.id)).toEqual([rae.id]);
    expect(
      (await agent.get(`/api/members?segment=${segment.id}&q=nobody-like-this`)).json<{ items: unknown[] }>()
        .items,
    ).toEqual([]);
    // The request narrows a segment: both its conditions and the segment's must hold.
    const narrowed = (query: string) =>
      agent
        .get(`/api/members?segment=${segment.id}&${query}`)
        .then((r) => r.json<{ items: { id: string }[] }>().items);
    expect((await narrowed('tag=thermostat%20owners')).map((m) => m.id)).toEqual([rae.id]);
    expect(await narrowed('stage=newcomer')).toEqual([]);
    expect((await agent.get('/api/members/segments')).json<{ name: string }[]>().map((s) => s.name)).toEqual([
      'Gone beta testers',
    ]);
    expect((await agent.delete(`/api/members/segments/${segment.id}`)).status).toBe(204);
    expect((await agent.get(`/api/members?segment=${segment.id}`)).code).toBe('MEMBER_SEGMENT_NOT_FOUND');
    expect((await agent.delete(`/api/members/segments/${segment.id}`)).code).toBe('MEMBER_SEGMENT_NOT_FOUND');
  });
});
