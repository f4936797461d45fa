import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { ingestMessage } from '../../inbox/index.ts';
import { importMentions, importSource } from '../../listening/index.ts';
import type { IdeaDto } from '../schemas.ts';
import { newBoard, someone, submit, timelineOf, type Someone } from './fixture.ts';

let hearth: TestHearth;
let admin: Someone;
let agent: Someone;
let moderator: Someone;
let member: Someone;
let slug: string;

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = await someone(hearth, 'admin');
  agent = await someone(hearth, 'agent');
  moderator = await someone(hearth, 'moderator');
  member = await someone(hearth, 'member');
  slug = await newBoard(admin.client);
});
afterAll(() => hearth.dispose());

let refs = 0;
async function conversationWith(from: { name: string | null; address: string | null }): Promise<string> {
  const ref = `ideas-capture-${++refs}`;
  const opened = await hearth.ctx.database.transaction((tx) =>
    ingestMessage(tx, hearth.ctx, {
      channel: 'api',
      conversationRef: ref,
      externalId: `api:${ref}`,
      subject: 'Would love a vacation mode',
      text: 'Could the thermostat hold a low temperature while we are away for weeks?',
      html: '<p>Could the thermostat hold a low temperature while we are away for weeks?</p>',
      from: { memberId: null, ...from },
      at: hearth.ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  return opened.conversationId as string;
}

interface Captured {
  idea: IdeaDto;
  memberId: string;
  alreadyVoted: boolean;
}

describe('capturing ideas and votes for members', () => {
  it('refuses bad input, missing sources, sources staff may not read, and roles that cannot capture', async () => {
    const conversationId = await conversationWith({ name: 'Ivy Stone', address: 'ivy@example.org' });
    const both = await agent.client.post('/api/ideas/capture', {
      source: { kind: 'conversation', id: conversationId },
    });
    expect([both.status, both.code]).toEqual([400, 'VALIDATION_FAILED']);
    const missing = await agent.client.post('/api/ideas/capture', {
      source: { kind: 'post', id: '00000000-0000-4000-8000-000000000000' },
      idea: { board: slug, title: 'Vacation mode', body: '' },
    });
    expect([missing.status, missing.code]).toEqual([404, 'IDEA_SOURCE_NOT_FOUND']);
    const notInbox = await moderator.client.post('/api/ideas/capture', {
      source: { kind: 'conversation', id: conversationId },
      idea: { board: slug, title: 'Vacation mode', body: '' },
    });
    expect([notInbox.status, notInbox.code]).toEqual([404, 'IDEA_SOURCE_NOT_FOUND']);
    const byMember = await member.client.post('/api/ideas/capture', {
      source: { kind: 'conversation', id: conversationId },
      idea: { board: slug, title: 'Vacation mode', body: '' },
    });
    expect([byMember.status, byMember.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    const nobody = await conversationWith({ name: null, address: '@someone' });
    const unknown = await agent.client.post('/api/ideas/capture', {
      source: { kind: 'conversation', id: nobody },
      idea: { board: slug, title: 'Vacation mode', body: '' },
    });
    expect([unknown.status, unknown.code]).toEqual([409, 'IDEA_SOURCE_NO_PERSON']);
    const board = (await agent.client.get(`/api/spaces/${slug}/ideas`)).json<{ items: unknown[] }>();
    expect(board.items).toEqual([]);
  });

  it('captures a new idea from a conversation: the contact is its author and voter, with a link back', async () => {
    const conversationId = await conversationWith({ name: 'June Park', address: 'june@example.org' });
    const preview = await agent.client.get(
      `/api/ideas/capture/source?kind=conversation&id=${conversationId}`,
    );
    expect(preview.json()).toMatchObject({ name: 'June Park', link: `/inbox/c/${conversationId}` });
    const response = await agent.client.post('/api/ideas/capture', {
      source: { kind: 'conversation', id: conversationId },
      idea: { board: slug, title: 'Vacation mode', body: 'Hold a low temperature for weeks.' },
    });
    expect(response.status, response.body).toBe(200);
    const { idea, memberId } = response.json<Captured>();
    expect(idea).toMatchObject({
      title: 'Vacation mode',
      captured: true,
      voteCount: 1,
      author: { id: memberId, name: 'June Park' },
      source: {
        kind: 'conversation',
        link: `/inbox/c/${conversationId}`,
        capturedBy: { id: agent.persona.id },
        excerpt: expect.stringContaining('away for weeks'),
      },
    });
    expect(idea.voters?.[0]?.source).toMatchObject({
      kind: 'conversation',
      link: `/inbox/c/${conversationId}`,
    });
    const timeline = await timelineOf(agent.client, memberId);
    expect(timeline.map((item) => [item.kind, item.link])).toEqual(
      expect.arrayContaining([
        ['vote', `/ideas/${idea.id}`],
        ['idea', `/ideas/${idea.id}`],
      ]),
    );
    const visitor = (await hearth.client().get(`/api/ideas/${idea.id}`)).json<IdeaDto>();
    expect([visitor.source, visitor.voters]).toEqual([null, null]);
  });

  it('captures a vote from a mention on an existing idea, once', async () => {
    const idea = await submit(member.client, slug, 'Open API for home automation');
    const source = await importSource(hearth.ctx, 'Ideas export');
    async function* rows() {
      yield {
        line: 1,
        mention: {
          externalId: 'ideas-tw-1',
          text: 'Wish @lumo had an open API so I could wire it to my home automation',
          author: { name: 'Rui Costa', handle: '@rui_c' },
          platform: 'twitter',
          publishedAt: new Date('2026-05-01T10:00:00Z'),
        },
      };
    }
    await importMentions(hearth.ctx, source, rows());
    const items = (await agent.client.get('/api/listening/items?q=automation')).json<{
      items: { id: string }[];
    }>();
    const itemId = items.items[0]?.id as string;
    const capture = () =>
      agent.client.post('/api/ideas/capture', { source: { kind: 'mention', id: itemId }, ideaId: idea.id });
    const first = (await capture()).json<Captured>();
    expect(first.idea.voteCount).toBe(1);
    expect(first.idea.voters?.[0]).toMatchObject({
      member: { name: 'Rui Costa' },
      source: { kind: 'mention', link: `/listening/items/${itemId}` },
    });
    expect((await capture()).json<Captured>()).toMatchObject({ alreadyVoted: true, idea: { voteCount: 1 } });
    const timeline = await timelineOf(agent.client, first.memberId);
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'vote', link: `/ideas/${idea.id}` }));
  });

  it('captures a vote from a forum post for its author’s account', async () => {
    const discussion = await newBoard(admin.client, 'discussion');
    const thread = await member.client.post('/api/threads', {
      space: discussion,
      title: 'My wishlist',
      body: 'I would really like a humidity sensor.',
    });
    expect(thread.status, thread.body).toBe(201);
    const postId = thread.json<{ posts: { id: string }[] }>().posts[0]?.id as string;
    const idea = await submit(admin.client, slug, 'Humidity sensor');
    const response = await moderator.client.post('/api/ideas/capture', {
      source: { kind: 'post', id: postId },
      ideaId: idea.id,
    });
    expect(response.status, response.body).toBe(200);
    const captured = response.json<Captured>();
    expect(captured.memberId).toBe(member.persona.id);
    expect(captured.idea.voters?.[0]?.source?.link).toMatch(new RegExp(`^/t/.+\\?post=${postId}$`));
    expect((await member.client.get(`/api/ideas/${idea.id}`)).json<IdeaDto>().voted).toBe(true);
    const timeline = await timelineOf(agent.client, member.persona.id);
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'vote', link: `/ideas/${idea.id}` }));
  });
});
