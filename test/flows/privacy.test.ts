import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../src/modules/inbox/index.ts';
import { importMentions, importSource, type IncomingMention } from '../../src/modules/listening/index.ts';
import { signedIn } from '../support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
let admin: TestClient;

const email = 'lena.private@example.com';
const password = 'a long enough password';

beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url });
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' });
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

async function mention(text: string, author: IncomingMention['author']): Promise<void> {
  const source = await importSource(hearth.ctx, 'Privacy export');
  async function* rows() {
    yield {
      line: 1,
      mention: {
        platform: 'reddit',
        url: `https://reddit.example/r/lumo/${encodeURIComponent(text)}`,
        text,
        publishedAt: hearth.ctx.clock.now(),
        author,
      },
    };
  }
  await importMentions(hearth.ctx, source, rows());
}

/** Lena: an account that posted, wrote in by email and was mentioned with her address. */
async function lenaWithHistory(): Promise<{ client: TestClient; id: string }> {
  const client = hearth.client();
  const signup = await client.post('/api/auth/signup', { email, password, name: 'Lena Private' });
  expect(signup.status, signup.body).toBe(201);
  const id = signup.json<{ user: { id: string } }>().user.id;
  expect((await client.signIn(email, password)).status).toBe(200);
  const thread = await client.post('/api/threads', {
    space: 'help',
    title: 'Pairing the remote',
    body: 'It blinks red.',
  });
  expect(thread.status, thread.body).toBe(201);
  await hearth.ctx.database.transaction((tx) =>
    ingestMessage(tx, hearth.ctx, {
      channel: 'api',
      conversationRef: 'lena-1',
      externalId: 'api:lena-1',
      subject: 'My address for the refund',
      text: 'Please send it to 12 Quiet Lane.',
      html: '<p>Please send it to 12 Quiet Lane.</p>',
      from: { memberId: null, name: 'Lena Private', address: email },
      at: hearth.ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  await mention('The Lumo app keeps crashing on my phone', { name: 'Lena P', email });
  return { client, id };
}

describe('data export and erasure', () => {
  it('gives a member everything Hearth holds about them, then erases them for good', async () => {
    const lena = await lenaWithHistory();
    const download = await lena.client.get('/api/me/data');
    expect(download.status, download.body).toBe(200);
    expect(download.headers['content-disposition']).toMatch(
      /attachment; filename="hearth-data-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const data = download.json<Record<string, Record<string, unknown>>>();
    const text = JSON.stringify(data);
    for (const expected of [
      email,
      'It blinks red.',
      'Please send it to 12 Quiet Lane.',
      'keeps crashing',
      'Pairing the remote',
    ])
      expect(text).toContain(expected);
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining(['accounts', 'forum', 'inbox', 'members', 'audit']),
    );
    await expect
      .poll(async () => JSON.stringify((await lena.client.get('/api/me/data')).json()), { timeout: 10_000 })
      .toContain('keeps crashing');

    expect((await lena.client.post('/api/me/erase', { confirm: 'yes' })).code).toBe(
      'PRIVACY_CONFIRMATION_MISMATCH',
    );
    const erased = await lena.client.post('/api/me/erase', { confirm: 'ERASE' });
    expect(erased.status, erased.body).toBe(200);
    expect(erased.json<{ counts: Record<string, Record<string, number>> }>().counts).toMatchObject({
      accounts: { account: 1 },
      // The email, and the forum question (a conversation in the inbox too).
      inbox: { conversations: 2, messages: 2 },
      listening: { mentions: 1 },
    });

    expect((await hearth.client().signIn(email, password)).status).not.toBe(200);
    expect((await lena.client.get('/api/me')).status).toBe(401);
    const member = (await admin.get(`/api/members/${lena.id}`)).json<{
      name: string;
      identities: { kind: string }[];
    }>();
    expect(member.name).toBe('Erased member');
    expect(member.identities.map((i) => i.kind)).toEqual(['account']);
    const after = JSON.stringify((await admin.get(`/api/members/${lena.id}/data`)).json());
    for (const gone of [email, 'Quiet Lane', 'Lena P'] as const) expect(after).not.toContain(gone);
    expect(after).toContain('It blinks red.');
    const { rows: ips } = await hearth.ctx.database.sql.query<{ n: number }>(
      `select count(*)::int as n from audit_events where actor_id = $1 and ip is not null`,
      [lena.id],
    );
    expect(ips[0]?.n).toBe(0);
    const verify = await admin.post('/api/admin/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true });
    const log = (await admin.get('/api/admin/audit?limit=5')).json<{ items: { action: string }[] }>();
    expect(log.items.map((entry) => entry.action)).toContain('privacy.erased');
  });

  it('keeps staff from erasing themselves, others from erasing anyone, and answers 404 for no one', async () => {
    const agent = hearth.client();
    const agentPersona = await signedIn(hearth.ctx, agent, 'agent');
    expect((await agent.post('/api/me/erase', { confirm: 'ERASE' })).code).toBe('PRIVACY_STAFF_SELF_ERASURE');
    expect((await agent.get(`/api/members/${agentPersona.id}/data`)).status).toBe(403);
    expect(
      (await agent.post(`/api/members/${agentPersona.id}/erase`, { reason: 'asked', confirm: 'ERASE' }))
        .status,
    ).toBe(403);
    const nobody = '00000000-0000-4000-8000-000000000404';
    expect((await admin.get(`/api/members/${nobody}/data`)).code).toBe('PRIVACY_SUBJECT_NOT_FOUND');
    expect((await admin.post(`/api/members/${nobody}/erase`, { reason: 'x', confirm: 'ERASE' })).code).toBe(
      'PRIVACY_SUBJECT_NOT_FOUND',
    );
    expect((await hearth.client().get('/api/me/data')).status).toBe(401);
  });

  it('serves an account Hearth has no member for yet (made before members existed) all the same', async () => {
    const old = hearth.client();
    const persona = await signedIn(hearth.ctx, old, 'member');
    const data = await old.get('/api/me/data');
    expect(data.status, data.body).toBe(200);
    expect(JSON.stringify(data.json())).toContain(persona.email);
  });

  it('lets an admin erase someone without an account on their emailed request', async () => {
    await mention('Lumo support never answered me', {
      name: 'Omar Stranger',
      email: 'omar@example.net',
    });
    const find = async () =>
      (await admin.get('/api/members?q=omar@example.net')).json<{ items: { id: string }[] }>().items;
    await expect.poll(find, { timeout: 10_000 }).toHaveLength(1);
    const [omar] = await find();
    const erased = await admin.post(`/api/members/${omar?.id}/erase`, {
      reason: 'Emailed us on 20 Nov',
      confirm: 'ERASE',
    });
    expect(erased.status, erased.body).toBe(200);
    expect(await find()).toEqual([]);
    expect(JSON.stringify((await admin.get(`/api/members/${omar?.id}/data`)).json())).not.toContain('Omar');
  });
});
