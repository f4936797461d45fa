import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let member: TestClient;
let other: TestClient;
let visitor: TestClient;
let otherPersona: Persona;
const ids: Record<string, string> = {};

interface Hits {
  items: { thread: { id: string; solved: boolean }; postNumber: number; highlight: string }[];
}

beforeAll(async () => {
  hearth = await startTestHearth();
  const admin = hearth.client();
  member = hearth.client();
  other = hearth.client();
  visitor = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, member, 'member');
  otherPersona = await signedIn(hearth.ctx, other, 'member');
  await admin.post('/api/admin/spaces', { name: 'Help', slug: 'help', kind: 'questions' });
  await admin.post('/api/admin/spaces', { name: 'Lounge', slug: 'lounge', kind: 'discussion' });
  const threads = [
    ['invoice', 'help', member, 'How do I download my invoices?', 'I need PDF invoices for accounting.'],
    ['password', 'help', other, 'Password reset email never arrives', 'Checked spam, nothing there.'],
    [
      'lounge',
      'lounge',
      member,
      'Favourite keyboard shortcuts',
      'Share yours <script>alert(1)</script> & "quoted" <b>bold</b>',
    ],
  ] as const;
  for (const [key, space, client, title, body] of threads) {
    const response = await client.post('/api/threads', { space, title, body });
    ids[key] = response.json<{ thread: { id: string } }>().thread.id;
  }
  await other.post(`/api/threads/${ids.invoice}/replies`, {
    body: 'Billing › History has an export button.',
  });
});
afterAll(() => hearth.dispose());

const search = async (query: string, client: TestClient = visitor) =>
  (await client.get(`/api/search?${query}`)).json<Hits>();

describe('search', () => {
  it('finds threads by stemmed words in titles, bodies and replies, highlighted', async () => {
    const invoices = await search('q=invoice');
    expect(invoices.items[0]?.thread.id).toBe(ids.invoice);
    expect(invoices.items[0]?.highlight).toContain('<mark>');
    const reply = await search('q=export button');
    expect(reply.items[0]).toMatchObject({ thread: { id: ids.invoice }, postNumber: 2 });
    expect((await search('q="reset email"')).items.map((hit) => hit.thread.id)).toEqual([ids.password]);
  });

  it('escapes member text in highlights', async () => {
    const hits = await search('q=shortcuts yours');
    const highlight = hits.items[0]?.highlight ?? '';
    expect(highlight).toContain('&amp;');
    expect(highlight).toContain('&quot;quoted&quot;');
    // Only <mark> survives as markup.
    expect(highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('filters by space, author and solved, and validates its input', async () => {
    expect((await search('q=invoices&space=lounge')).items).toEqual([]);
    const byAuthor = await search(`q=email&author=${otherPersona.handle}`);
    expect(byAuthor.items.map((hit) => hit.thread.id)).toEqual([ids.password]);
    expect((await search('q=invoices&solved=true')).items).toEqual([]);
    expect((await search('q=invoices&solved=false')).items).toHaveLength(1);
    expect((await visitor.get('/api/search?q=a')).code).toBe('VALIDATION_FAILED');
    expect((await visitor.get('/api/search?q=invoices&solved=maybe')).code).toBe('VALIDATION_FAILED');
  });
});

describe('similar questions', () => {
  it('suggests existing questions while a title is typed', async () => {
    const response = await member.get(
      `/api/similar?title=${encodeURIComponent('cannot download invoice pdf')}`,
    );
    const items = response.json<{ items: { id: string; title: string }[] }>().items;
    expect(items[0]?.id).toBe(ids.invoice);
    const none = await member.get('/api/similar?title=zz');
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);
    expect((await member.get('/api/similar?title=x&limit=500')).code).toBe('VALIDATION_FAILED');
  });
});
