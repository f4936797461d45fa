import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { ingestMessage } from '../../inbox/index.ts';
import { recordActivities, recordPurchase, resolveMembers } from '../index.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
let agent: TestClient;
let manager: TestClient;
let agentPersona: Persona;

const reviewUrl = 'https://reviews.example.com/lumo';

beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url, reviewUrl });
  agent = hearth.client();
  manager = hearth.client();
  agentPersona = await signedIn(hearth.ctx, agent, 'agent');
  await signedIn(hearth.ctx, manager, 'manager');
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

interface Message {
  id: string;
  kind: string;
  channel: string;
  status: string;
  detail: string;
  toAddress: string | null;
  sentBy: { id: string } | null;
}

const to = (mail: { to?: unknown }) => {
  const field = mail.to as { text?: string } | undefined;
  return field?.text ?? '';
};

/** A stranger Hearth knows by email, with what they did (a mention, a conversation). */
async function stranger(name: string, email: string, said: string, days = 1): Promise<string> {
  const at = new Date(hearth.ctx.clock.now().getTime() - days * 86_400_000);
  return hearth.ctx.database.transaction(async (tx) => {
    const person = { name, identities: [{ kind: 'email' as const, value: email }] };
    await recordActivities(
      tx,
      [{ person, kind: 'conversation', refId: `conv-${email}`, title: said, excerpt: said, at }],
      at,
    );
    const [id] = await resolveMembers(tx, [person], at);
    return id as string;
  });
}

async function messagesOf(id: string): Promise<Message[]> {
  return (await agent.get(`/api/members/${id}/messages`)).json<{ items: Message[] }>().items;
}

describe('welcome queue', () => {
  it('lists newcomers nobody greeted, greets one by direct message once, and leaves staff out', async () => {
    const newcomer = hearth.client();
    const signup = await newcomer.post('/api/auth/signup', {
      email: 'nia.welcome@example.com',
      password: 'a long enough password',
      name: 'Nia Welcome',
    });
    expect(signup.status, signup.body).toBe(201);
    const niaId = signup.json<{ user: { id: string } }>().user.id;
    const queue = async () =>
      (await agent.get('/api/members/welcome-queue')).json<{ items: { id: string; name: string }[] }>().items;
    expect((await queue()).map((m) => m.name)).toContain('Nia Welcome');
    expect((await queue()).map((m) => m.id)).not.toContain(agentPersona.id);

    const greeting = { kind: 'greeting', subject: 'Welcome, {name}!', body: 'Hi {name}, glad you are here.' };
    const sent = await agent.post(`/api/members/${niaId}/messages`, greeting);
    expect(sent.status, sent.body).toBe(201);
    expect(sent.json<Message>()).toMatchObject({ kind: 'greeting', channel: 'dm', status: 'sent' });
    expect(sent.json<Message>().detail).toMatch(/^\/t\//);
    expect((await queue()).map((m) => m.id)).not.toContain(niaId);
    expect((await agent.post(`/api/members/${niaId}/messages`, greeting)).code).toBe(
      'MEMBER_ALREADY_GREETED',
    );
    expect(await messagesOf(niaId)).toHaveLength(1);

    const inbox = (await newcomer.get('/api/messages')).json<{ title: string }[]>();
    expect(JSON.stringify(inbox)).toContain('Welcome, Nia!');
    const timeline = await agent.get(`/api/members/${niaId}/timeline?kinds=greeting`);
    expect(timeline.json<{ items: { title: string }[] }>().items.map((i) => i.title)).toEqual([
      'Welcome, Nia!',
    ]);
  });

  it('refuses what it cannot do, writing nothing', async () => {
    const id = await stranger('Handle Only', 'handle.only@example.com', 'hello');
    const dm = await agent.post(`/api/members/${id}/messages`, {
      kind: 'greeting',
      channel: 'dm',
      subject: 'Hi',
      body: 'Hello',
    });
    expect(dm.code).toBe('MEMBER_UNREACHABLE');
    expect((await agent.get(`/api/members/${id}`)).json<{ greetedAt: string | null }>().greetedAt).toBeNull();
    expect(await messagesOf(id)).toEqual([]);
    expect(
      (await agent.post(`/api/members/${id}/messages`, { kind: 'wave', subject: 'x', body: 'y' })).code,
    ).toBe('VALIDATION_FAILED');
    const missing = '00000000-0000-4000-8000-000000000404';
    expect(
      (await agent.post(`/api/members/${missing}/messages`, { kind: 'outreach', subject: 'x', body: 'y' }))
        .code,
    ).toBe('MEMBER_NOT_FOUND');
    const member = hearth.client();
    await signedIn(hearth.ctx, member, 'member');
    expect((await member.get('/api/members/welcome-queue')).status).toBe(403);
    expect(
      (await member.post(`/api/members/${id}/messages`, { kind: 'outreach', subject: 'x', body: 'y' }))
        .status,
    ).toBe(403);
  });
});

describe('advocates and outreach', () => {
  it('ranks helpers by accepted answers and tracks an outreach email to delivery', async () => {
    const now = hearth.ctx.clock.now();
    const person = {
      name: 'Ada Helper',
      identities: [{ kind: 'email' as const, value: 'ada.helper@example.com' }],
    };
    await hearth.ctx.database.transaction((tx) =>
      recordActivities(
        tx,
        [1, 2, 3, 4].map((d) => ({
          person,
          kind: d < 4 ? 'answer_accepted' : 'reply',
          refId: `ada-${d}`,
          title: 'Helped',
          at: new Date(now.getTime() - d * 86_400_000),
        })),
        now,
      ),
    );
    const advocates = (await agent.get('/api/members/advocates')).json<{
      items: {
        id: string;
        name: string;
        acceptedAnswers: number;
        replies: number;
        lastOutreachAt: string | null;
      }[];
    }>().items;
    const ada = advocates.find((a) => a.name === 'Ada Helper');
    expect(ada).toMatchObject({ acceptedAnswers: 3, replies: 1, lastOutreachAt: null });

    const sent = await agent.post(`/api/members/${ada?.id}/messages`, {
      kind: 'outreach',
      subject: 'Thank you, {name}',
      body: 'Would you like to join our beta testers?',
    });
    expect(sent.json<Message>()).toMatchObject({
      channel: 'email',
      status: 'queued',
      toAddress: 'ada.helper@example.com',
    });
    const mail = await smtp.waitFor((m) => to(m) === 'ada.helper@example.com');
    expect(mail.subject).toBe('Thank you, Ada');
    await expect
      .poll(async () => (await messagesOf(ada?.id as string))[0]?.status, { timeout: 10_000 })
      .toBe('sent');
    const again = (await agent.get('/api/members/advocates')).json<{
      items: { id: string; lastOutreachAt: string | null }[];
    }>().items;
    expect(again.find((a) => a.id === ada?.id)?.lastOutreachAt).not.toBeNull();
  });
});

describe('messaging a segment', () => {
  it('emails members in Poland who asked about billing, skips who opted out, and honours the opt-out link', async () => {
    const ids = [
      await stranger('Ola Nowak', 'ola@example.pl', 'Billing question about my invoice'),
      await stranger('Jan Kowal', 'jan@example.pl', 'Charged twice, billing is wrong'),
      await stranger('Piotr Zet', 'piotr@example.pl', 'How do I pair the remote?'),
      await stranger('Ute Berg', 'ute@example.de', 'Billing address change'),
    ];
    await hearth.ctx.database.transaction(async (tx) => {
      for (const [i, id] of ids.entries())
        await recordPurchase(tx, {
          memberId: id,
          amountCents: 4900,
          country: i === 3 ? 'DE' : 'PL',
          at: new Date(),
        });
    });
    const segment = await manager.post('/api/members/segments', {
      name: 'Poland',
      filter: { country: 'pl' },
    });
    expect(segment.status, segment.body).toBe(201);
    const segmentId = segment.json<{ id: string }>().id;
    const inPoland = await manager.get(`/api/members?segment=${segmentId}&said=billing`);
    expect(
      inPoland
        .json<{ items: { name: string }[] }>()
        .items.map((m) => m.name)
        .sort(),
    ).toEqual(['Jan Kowal', 'Ola Nowak']);

    const campaign = {
      name: 'Billing change in Poland',
      segmentId,
      filter: { said: 'billing' },
      subject: 'Your invoices, {name}',
      body: 'From next month, invoices show VAT separately.',
    };
    const first = await manager.post('/api/members/campaigns', campaign);
    expect(first.status, first.body).toBe(201);
    expect(first.json<{ counts: Record<string, number> }>().counts).toEqual({
      queued: 2,
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    const ola = await smtp.waitFor((m) => to(m) === 'ola@example.pl' && m.subject === 'Your invoices, Ola');
    const header = (key: string) => ola.headerLines.find((line) => line.key === key)?.line ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/\/api\/members\/opt-out\?m=/);
    const link = /stop-messages\?m=([\w-]+)&t=([\w-]+)/.exec(ola.text ?? '');
    expect(link).not.toBeNull();
    const campaignId = first.json<{ id: string }>().id;
    await expect
      .poll(
        async () =>
          (await manager.get(`/api/members/campaigns/${campaignId}`)).json<{ counts: { sent: number } }>()
            .counts.sent,
        {
          timeout: 10_000,
        },
      )
      .toBe(2);

    const stop = await hearth
      .client()
      .post(`/api/members/opt-out?m=${link?.[1]}&t=${link?.[2]}`, undefined, { csrf: false });
    expect(stop.status, stop.body).toBe(200);
    const forged = await hearth
      .client()
      .post(`/api/members/opt-out?m=${link?.[1]}&t=forged`, undefined, { csrf: false });
    expect(forged.code).toBe('MEMBER_OPT_OUT_LINK_INVALID');

    const second = await manager.post('/api/members/campaigns', { ...campaign, name: 'Reminder' });
    const detail = (await manager.get(`/api/members/campaigns/${second.json<{ id: string }>().id}`)).json<{
      recipients: { member: { name: string }; status: string; detail: string }[];
    }>();
    expect(detail.recipients.map((r) => [r.member.name, r.status, r.detail]).sort()).toEqual([
      ['Jan Kowal', 'queued', ''],
      ['Ola Nowak', 'skipped', 'opted out of messages from staff'],
    ]);
  });

  it('refuses a campaign with no audience, an unknown segment or a staff role without the right', async () => {
    const base = { name: 'x', subject: 'y', body: 'z' };
    expect((await manager.post('/api/members/campaigns', base)).code).toBe('VALIDATION_FAILED');
    expect(
      (
        await manager.post('/api/members/campaigns', {
          ...base,
          segmentId: '00000000-0000-4000-8000-000000000404',
        })
      ).code,
    ).toBe('MEMBER_SEGMENT_NOT_FOUND');
    expect(
      (await manager.post('/api/members/campaigns', { ...base, filter: { said: 'zzqx nothing' } })).code,
    ).toBe('MEMBER_CAMPAIGN_EMPTY');
    expect((await agent.post('/api/members/campaigns', { ...base, filter: { country: 'PL' } })).status).toBe(
      403,
    );
    expect((await manager.get('/api/members/campaigns/00000000-0000-4000-8000-000000000404')).code).toBe(
      'MEMBER_CAMPAIGN_NOT_FOUND',
    );
  });
});

describe('review requests', () => {
  it('asks a customer who rated us 5 for a review, once', async () => {
    const rate = async (ref: string, rating: number) => {
      const opened = await hearth.ctx.database.transaction((tx) =>
        ingestMessage(tx, hearth.ctx, {
          channel: 'api',
          conversationRef: ref,
          externalId: `api:${ref}`,
          subject: `Question ${ref}`,
          text: 'How do I descale it?',
          html: '<p>How do I descale it?</p>',
          from: { memberId: null, name: 'Rita Happy', address: 'rita.happy@example.com' },
          at: hearth.ctx.clock.now(),
          direction: 'in',
          opens: true,
        }),
      );
      const id = opened.conversationId as string;
      expect((await manager.patch(`/api/inbox/conversations/${id}`, { status: 'resolved' })).status).toBe(
        200,
      );
      const { rows } = await hearth.ctx.database.sql.query<{ token: string }>(
        'select token from inbox_csat where conversation_id = $1',
        [id],
      );
      const rated = await hearth.client().post(`/api/ratings/${rows[0]?.token}`, { rating }, { csrf: false });
      expect(rated.status, rated.body).toBe(200);
    };
    await rate('rita-1', 3);
    await rate('rita-2', 5);
    await rate('rita-3', 5);
    const mail = await smtp.waitFor(
      (m) =>
        to(m) === 'rita.happy@example.com' && m.subject === 'Would you tell others about your experience?',
    );
    expect(mail.text).toContain(reviewUrl);
    expect(mail.text).toContain('rating our help with "Question rita-2"');
    const rita = (await agent.get('/api/members?q=rita.happy')).json<{ items: { id: string }[] }>().items[0];
    const requests = (await messagesOf(rita?.id as string)).filter((m) => m.kind === 'review_request');
    expect(requests).toHaveLength(1);
  });
});
