import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let manager: TestClient;
let agent: TestClient;
let member: TestClient;
let people: { agent: Persona; colleague: Persona; member: Persona };
let admin: TestClient;
let newsId = '';

interface Room {
  id: string;
  status: string;
  version: number;
  rule: { name: string } | null;
  onDeck: { userId: string; name: string }[];
  statements: { id: string; status: string; threadId: string | null; savedReplyId: string | null }[];
  timeline: { kind: string }[];
  outcome: string | null;
  closedBy: { name: string } | null;
}

beforeAll(async () => {
  hearth = await startTestHearth();
  [manager, agent, member] = [hearth.client(), hearth.client(), hearth.client()];
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, manager, 'manager', { name: 'Mara Manager' });
  people = {
    agent: await signedIn(hearth.ctx, agent, 'agent', { name: 'Aron Agent' }),
    colleague: await signedIn(hearth.ctx, hearth.client(), 'agent', { name: 'Cleo Colleague' }),
    member: await signedIn(hearth.ctx, member, 'member'),
  };
  const space = await admin.post('/api/admin/spaces', { name: 'News', slug: 'news', kind: 'announcements' });
  expect(space.status, space.body).toBe(201);
  newsId = space.json<{ space: { id: string } }>().space.id;
});
afterAll(() => hearth.dispose());

describe('crisis room', () => {
  let room: Room;
  const statement = () => room.statements[0]?.id ?? '';

  it('opens by hand for a rule, with its opener on deck; members cannot see it', async () => {
    const rule = await manager.post('/api/listening/rules', {
      name: 'Lumo One',
      category: 'product',
      query: '"lumo one"',
    });
    const opened = await agent.post('/api/listening/crises', {
      title: 'Lumo One overheating',
      ruleId: rule.json<{ id: string }>().id,
    });
    expect(opened.status, opened.body).toBe(200);
    room = opened.json<Room>();
    expect(room).toMatchObject({
      status: 'open',
      rule: { name: 'Lumo One' },
      onDeck: [{ name: 'Aron Agent' }],
    });
    expect((await member.get(`/api/listening/crises/${room.id}`)).status).toBe(403);
  });

  it('puts a colleague on deck and tells them; a stale screen gets 409', async () => {
    const added = await agent.post(`/api/listening/crises/${room.id}/deck`, {
      userId: people.colleague.id,
      version: room.version,
    });
    expect(added.status, added.body).toBe(200);
    const stale = await agent.post(`/api/listening/crises/${room.id}/notes`, {
      text: 'Late',
      version: room.version,
    });
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('CRISIS_CHANGED');
    room = added.json<Room>();
    expect(room.onDeck.map((person) => person.name)).toEqual(['Aron Agent', 'Cleo Colleague']);
    const notified = await hearth.ctx.database.sql.query<{ title: string }>(
      'select title from notifications where user_id = $1',
      [people.colleague.id],
    );
    expect(notified.rows.map((row) => row.title)).toEqual([
      'You are on deck in the crisis room "Lumo One overheating"',
    ]);
    const notStaff = await agent.post(`/api/listening/crises/${room.id}/deck`, {
      userId: people.member.id,
      version: room.version,
    });
    expect(notStaff.json<{ error: { code: string } }>().error.code).toBe('CRISIS_MEMBER_NOT_STAFF');
  });

  it('drafts a statement that only a manager approves; an edit sends it back to draft', async () => {
    const drafted = await agent.post(`/api/listening/crises/${room.id}/statements`, {
      body: 'We know some Lumo One units run hot after update 5.1. Please unplug yours; we are on it.',
    });
    room = drafted.json<Room>();
    expect(
      (await agent.post(`/api/listening/crises/${room.id}/statements/${statement()}/approve`)).status,
    ).toBe(403);
    await manager.post(`/api/listening/crises/${room.id}/statements/${statement()}/approve`);
    const edited = await agent.patch(`/api/listening/crises/${room.id}/statements/${statement()}`, {
      body: 'We know some Lumo One units run hot after update 5.1. Please unplug yours; a fix ships today.',
    });
    room = edited.json<Room>();
    expect(room.statements[0]?.status).toBe('draft');
    const early = await manager.post(`/api/listening/crises/${room.id}/statements/${statement()}/publish`);
    expect(early.json<{ error: { code: string } }>().error.code).toBe('STATEMENT_WRONG_STAGE');
  });

  it('keeps an approved statement approved when there is nowhere to announce it', async () => {
    await manager.post(`/api/listening/crises/${room.id}/statements/${statement()}/approve`);
    await admin.patch(`/api/admin/spaces/${newsId}`, { archived: true });
    const refused = await manager.post(`/api/listening/crises/${room.id}/statements/${statement()}/publish`);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('STATEMENT_NO_ANNOUNCEMENTS');
    await admin.patch(`/api/admin/spaces/${newsId}`, { archived: false });
    const shown = await agent.get(`/api/listening/crises/${room.id}`);
    expect(shown.json<Room>().statements[0]?.status).toBe('approved');
  });

  it('publishes the approved statement once as an announcement and a saved reply, even clicked twice', async () => {
    const publish = () => manager.post(`/api/listening/crises/${room.id}/statements/${statement()}/publish`);
    const [first, second] = await Promise.all([publish(), publish()]);
    const published = first.status === 200 ? first : second;
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    room = published.json<Room>();
    expect(room.statements[0]).toMatchObject({ status: 'published' });
    const news = await member.get('/api/spaces/news/threads');
    expect(JSON.stringify(news.json()).split('Update: Lumo One overheating')).toHaveLength(2);
    const replies = await agent.get('/api/inbox/saved-replies');
    expect(JSON.stringify(replies.json())).toContain('Holding statement: Lumo One overheating');
    const again = await manager.post(`/api/listening/crises/${room.id}/statements/${statement()}/publish`);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('STATEMENT_WRONG_STAGE');
  });

  it('closes only with a written outcome, by a manager; a closed room takes no more notes', async () => {
    const short = await manager.post(`/api/listening/crises/${room.id}/close`, {
      outcome: 'ok',
      version: room.version,
    });
    expect(short.status).toBe(400);
    expect(
      (
        await agent.post(`/api/listening/crises/${room.id}/close`, {
          outcome: 'Fixed in 5.1.1, all good now.',
          version: room.version,
        })
      ).status,
    ).toBe(403);
    const closed = await manager.post(`/api/listening/crises/${room.id}/close`, {
      outcome: 'Firmware 5.1.1 fixed the fan curve; 212 people contacted, 3 refunds.',
      version: room.version,
    });
    room = closed.json<Room>();
    expect(room.status).toBe('closed');
    expect(room.closedBy).toMatchObject({ name: 'Mara Manager' });
    const listed = await agent.get('/api/listening/crises');
    expect(JSON.stringify(listed.json())).toContain('"closedBy":{"id"');
    expect(room.timeline.map((event) => event.kind)).toEqual([
      'opened',
      'joined',
      'joined',
      'statement_drafted',
      'statement_approved',
      'statement_edited',
      'statement_approved',
      'statement_published',
      'closed',
    ]);
    const late = await agent.post(`/api/listening/crises/${room.id}/notes`, {
      text: 'One more',
      version: room.version,
    });
    expect(late.json<{ error: { code: string } }>().error.code).toBe('CRISIS_CLOSED');
  });
});
