import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.ts';
import { createPersona, signedIn, type Persona } from '../../../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../../../test/support/smtp-sink.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { signatureHeaderValue } from '../../inbox/index.ts';

const clock = fixedClock(new Date('2026-06-01T12:00:00Z'));
let hearth: TestHearth;
let smtp: SmtpSink;
let admin: TestClient;
let store: { id: string; secret: string; webhookUrl: string };
let groupId = '';
let n = 0;

beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url }, { clock });
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  const group = await admin.post('/api/admin/groups', { name: 'Lumo owners', slug: 'lumo-owners' });
  groupId = group.json<{ group: { id: string } }>().group.id;
  const created = await admin.post('/api/onboarding/stores', { name: 'Lumo shop', groupId });
  expect(created.status, created.body).toBe(201);
  store = created.json<{ store: typeof store }>().store;
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

function order(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    orderId: `order-${n}`,
    email: `buyer-${n}@example.org`,
    name: `Buyer ${n}`,
    country: 'nl',
    items: [{ name: 'Lumo One', quantity: 1 }],
    amountCents: 12_900,
    currency: 'eur',
    purchasedAt: '2026-06-01T11:58:00Z',
    ...overrides,
  };
}

function post(body: unknown, options: { secret?: string | null; at?: number; raw?: string } = {}) {
  const raw = options.raw ?? JSON.stringify(body);
  const t = Math.floor((options.at ?? clock.now().getTime()) / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== null)
    headers['hearth-signature'] = signatureHeaderValue(options.secret ?? store.secret, t, raw);
  return hearth.client().request('POST', `/api/onboarding/stores/${store.id}/orders`, {
    rawBody: raw,
    headers,
    csrf: false,
  });
}

const count = async (table: string) =>
  (await hearth.ctx.database.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n;
const counts = async () => ({
  purchases: await count('store_purchases'),
  members: await count('members'),
  deliveries: await count('store_deliveries'),
});
const mailsTo = (email: string) => smtp.messages.filter((m) => m.to && 'text' in m.to && m.to.text === email);

describe('the signed store webhook', () => {
  it('refuses unsigned, mis-signed and stale requests with 401, writing nothing', async () => {
    const before = await counts();
    const unsigned = await post(order(), { secret: null });
    expect([unsigned.status, unsigned.code]).toEqual([401, 'STORE_SIGNATURE_INVALID']);
    expect(unsigned.json<{ error: { message: string } }>().error.message).toContain('missing');
    const wrong = await post(order(), { secret: 'whsec_not_the_secret' });
    expect([wrong.status, wrong.code]).toEqual([401, 'STORE_SIGNATURE_INVALID']);
    const stale = await post(order(), { at: clock.now().getTime() - 10 * 60_000 });
    expect([stale.status, stale.code]).toEqual([401, 'STORE_SIGNATURE_INVALID']);
    expect(stale.json<{ error: { message: string } }>().error.message).toContain('too old');
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed JSON and an invalid order with 400 and the fields, writing nothing', async () => {
    const before = await counts();
    const broken = await post(null, { raw: '{"orderId": ' });
    expect([broken.status, broken.code]).toEqual([400, 'REQUEST_MALFORMED_JSON']);
    const invalid = await post(order({ email: 'not-an-email', items: [], amountCents: -1 }));
    expect([invalid.status, invalid.code]).toEqual([400, 'VALIDATION_FAILED']);
    const paths = invalid.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(paths.sort()).toEqual(['amountCents', 'email', 'items']);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same signed request twice with 409', async () => {
    const body = order();
    const raw = JSON.stringify(body);
    expect((await post(body, { raw })).status).toBe(200);
    const replay = await post(body, { raw });
    expect([replay.status, replay.code]).toEqual([409, 'STORE_SIGNATURE_REPLAYED']);
  });

  it('makes a newcomer a purchase-verified member with the purchase on their timeline, welcomed once', async () => {
    const first = order({
      items: [
        { name: 'Lumo One', quantity: 1 },
        { name: 'Lumo Care', quantity: 2 },
      ],
    });
    const answer = await post(first);
    expect(answer.status, answer.body).toBe(200);
    const outcome = answer.json<{
      memberId: string;
      purchaseId: string;
      duplicate: boolean;
      welcomed: boolean;
    }>();
    expect(outcome).toMatchObject({ duplicate: false, welcomed: true });

    const member = (await admin.get(`/api/members/${outcome.memberId}`)).json<{
      name: string;
      purchaseVerifiedAt: string | null;
      valueCents: number;
      country: string | null;
    }>();
    expect(member).toMatchObject({ name: first.name, valueCents: 12_900, country: 'NL' });
    expect(member.purchaseVerifiedAt).toBe('2026-06-01T11:58:00.000Z');
    const timeline = (await admin.get(`/api/members/${outcome.memberId}/timeline`)).json<{
      items: { kind: string; title: string }[];
    }>();
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ kind: 'purchase', title: 'Bought Lumo One ×1, Lumo Care ×2' }),
    );

    const welcome = await smtp.waitFor((m) => mailsTo(first.email).includes(m));
    expect(welcome.subject).toBe('Welcome! Join the community of Lumo shop');
    expect(welcome.text).toContain('Lumo owners');
    const link = /\/signup\?invite=([\w-]+)/.exec(welcome.text ?? '')?.[1] ?? '';

    // The same order retried (signed anew a second later) is stored once and answered the same.
    clock.advance(1000);
    const retried = await post(first);
    expect(retried.json()).toEqual({ ...outcome, duplicate: true });
    // A second order by the same person: no second welcome.
    const second = await post(order({ email: first.email, name: first.name, amountCents: 4_900 }));
    expect(second.json()).toMatchObject({ memberId: outcome.memberId, welcomed: false });
    await hearth.ctx.jobs.drain();
    expect(mailsTo(first.email)).toHaveLength(1);
    const stored = await hearth.ctx.database.sql.query<{ n: number }>(
      'select count(*)::int as n from store_purchases where email = $1',
      [first.email],
    );
    expect(stored.rows[0]?.n).toBe(2);

    // The welcome link admits this purchaser (and only them) into the store's group.
    const signUp = await hearth.client().post('/api/auth/signup', {
      email: first.email,
      name: first.name,
      password: 'a long enough password',
      inviteCode: link,
    });
    expect(signUp.status, signUp.body).toBe(201);
    const inGroup = (await admin.get(`/api/admin/groups/${groupId}/members`)).json<{
      items: { name: string }[];
    }>();
    expect(inGroup.items.map((item) => item.name)).toContain(first.name);
  });

  it('links an order by an existing account to its member and sends the "linked" welcome', async () => {
    const persona: Persona = await createPersona(hearth.ctx, 'member');
    const answer = await post(order({ email: persona.email.toUpperCase(), name: 'Someone Else' }));
    expect(answer.status, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ memberId: persona.id, welcomed: true });
    const welcome = await smtp.waitFor((m) => mailsTo(persona.email).includes(m));
    expect(welcome.subject).toBe('Thanks for your purchase at Lumo shop');
    expect(welcome.text).not.toContain('invite=');
    const member = (await admin.get(`/api/members/${persona.id}`)).json<{
      purchaseVerifiedAt: string | null;
    }>();
    expect(member.purchaseVerifiedAt).not.toBeNull();
  });

  it('keeps working with the previous secret after a rotation, until the next one', async () => {
    const old = store.secret;
    const rotated = await admin.post(`/api/onboarding/stores/${store.id}/secret`);
    const fresh = rotated.json<{ store: { secret: string } }>().store.secret;
    expect(fresh).not.toBe(old);
    expect((await post(order(), { secret: old })).status).toBe(200);
    expect((await post(order(), { secret: fresh })).status).toBe(200);
    await admin.post(`/api/onboarding/stores/${store.id}/secret`);
    expect((await post(order(), { secret: old })).code).toBe('STORE_SIGNATURE_INVALID');
    store.secret = fresh;
  });
});

describe('store administration', () => {
  it('lists stores and their recent orders without secrets, and audits secrets', async () => {
    const listed = (await admin.get('/api/onboarding/stores')).json<{ items: Record<string, unknown>[] }>();
    expect(listed.items[0]).toMatchObject({ id: store.id, name: 'Lumo shop', groupId });
    expect(listed.items[0]).not.toHaveProperty('secret');
    expect(listed.items[0]?.purchases).toBeGreaterThan(3);
    const orders = (await admin.get(`/api/onboarding/stores/${store.id}/purchases`)).json<{
      items: { memberId: string; orderId: string }[];
    }>();
    expect(orders.items.length).toBe(listed.items[0]?.purchases);
    const audit = await hearth.ctx.database.sql.query<{ action: string }>(
      'select action from audit_events where target_id = $1 order by at',
      [store.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['onboarding.store_created', 'onboarding.store_secret_rotated']),
    );
  });

  it('answers 400 for invalid input, 404 for a missing store or group, 403 to a manager', async () => {
    const invalid = await admin.post('/api/onboarding/stores', { name: '' });
    expect([invalid.status, invalid.code]).toEqual([400, 'VALIDATION_FAILED']);
    const missing = await admin.get('/api/onboarding/stores/00000000-0000-4000-8000-000000000000/purchases');
    expect([missing.status, missing.code]).toEqual([404, 'STORE_NOT_FOUND']);
    const noGroup = await admin.post('/api/onboarding/stores', {
      name: 'Ghost shop',
      groupId: '00000000-0000-4000-8000-000000000000',
    });
    expect([noGroup.status, noGroup.code]).toEqual([404, 'STORE_GROUP_NOT_FOUND']);
    const manager = hearth.client();
    await signedIn(hearth.ctx, manager, 'manager');
    const refused = await manager.post('/api/onboarding/stores', { name: 'Side shop' });
    expect([refused.status, refused.code]).toEqual([403, 'AUTH_FORBIDDEN']);
  });
});
