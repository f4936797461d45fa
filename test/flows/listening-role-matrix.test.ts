import { afterAll, beforeAll } from 'vitest';
import { clientsByWho, describeRoleMatrix, type MatrixAction, type Who } from '../support/role-matrix.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * Listening's persona × action table: agents, managers and admins read the stream, alerts,
 * reports and outreach, acknowledge alerts, work crisis rooms and reach out; managers and admins
 * also configure sources, rules and settings, import, approve statements and close rooms.
 * Moderators, staff, members and guests see none of it.
 */
const listeners: Who[] = ['admin', 'manager', 'agent'];
const configurers: Who[] = ['admin', 'manager'];

interface Context {
  ruleId: string;
  itemId: string;
  crisisId: string;
  statementId: string;
  version: number;
}

let counter = 0;
const next = () => (counter += 1);

const actions: MatrixAction<Context>[] = [
  { name: 'read the stream', allowed: listeners, run: (c) => c.get('/api/listening/items') },
  { name: 'count the stream', allowed: listeners, run: (c) => c.get('/api/listening/items/count') },
  { name: 'read a mention', allowed: listeners, run: (c, x) => c.get(`/api/listening/items/${x.itemId}`) },
  { name: 'list alerts', allowed: listeners, run: (c) => c.get('/api/listening/alerts') },
  { name: 'read reports', allowed: listeners, run: (c) => c.get('/api/listening/reports') },
  { name: 'list sources', allowed: listeners, run: (c) => c.get('/api/listening/sources') },
  { name: 'list watch rules', allowed: listeners, run: (c) => c.get('/api/listening/rules') },
  { name: 'read the outreach queue', allowed: listeners, run: (c) => c.get('/api/listening/outreach') },
  {
    name: 'reach out (a person already contacted)',
    allowed: listeners,
    allowedAnswer: { status: 409, code: 'OUTREACH_ALREADY' },
    run: (c, x) => c.post('/api/listening/outreach', { itemId: x.itemId, via: 'platform', message: 'Hi' }),
  },
  { name: 'list crisis rooms', allowed: listeners, run: (c) => c.get('/api/listening/crises') },
  {
    name: 'open a crisis room',
    allowed: listeners,
    run: (c, x) => c.post('/api/listening/crises', { title: `Room ${next()}`, ruleId: x.ruleId }),
  },
  {
    name: 'draft a statement',
    allowed: listeners,
    run: (c, x) => c.post(`/api/listening/crises/${x.crisisId}/statements`, { body: 'We are on it.' }),
  },
  {
    name: 'approve a statement (already approved)',
    allowed: configurers,
    allowedAnswer: { status: 409, code: 'STATEMENT_WRONG_STAGE' },
    run: (c, x) => c.post(`/api/listening/crises/${x.crisisId}/statements/${x.statementId}/approve`),
  },
  {
    name: 'close a crisis room (stale version)',
    allowed: configurers,
    allowedAnswer: { status: 409, code: 'CRISIS_CHANGED' },
    run: (c, x) =>
      c.post(`/api/listening/crises/${x.crisisId}/close`, {
        outcome: 'All resolved now, thanks.',
        version: 1,
      }),
  },
  {
    name: 'add a watch rule',
    allowed: configurers,
    run: (c) =>
      c.post('/api/listening/rules', { name: `Rule ${next()}`, category: 'topic', query: 'kettle' }),
  },
  {
    name: 'check a watch query',
    allowed: configurers,
    run: (c) => c.post('/api/listening/rules/check', { query: 'lumo OR "lumo one"' }),
  },
  {
    name: 'add a source',
    allowed: configurers,
    run: (c) => c.post('/api/listening/sources', { kind: 'webhook', name: `Hook ${next()}` }),
  },
  { name: 'read listening settings', allowed: configurers, run: (c) => c.get('/api/listening/settings') },
  {
    name: 'change listening settings',
    allowed: configurers,
    run: (c) => c.patch('/api/listening/settings', { inboxNegativeBelow: -0.4 }),
  },
  {
    name: 'import mentions',
    allowed: configurers,
    run: (c) =>
      c.request('POST', '/api/listening/imports?source=Matrix', {
        rawBody: `text\nMatrix mention ${next()}\n`,
        headers: { 'content-type': 'text/csv' },
      }),
  },
];

let hearth: TestHearth;
let clients = new Map<Who, TestClient>();
const context: Context = { ruleId: '', itemId: '', crisisId: '', statementId: '', version: 1 };

beforeAll(async () => {
  hearth = await startTestHearth();
  clients = await clientsByWho(hearth);
  const admin = clients.get('admin') as TestClient;
  const rule = await admin.post('/api/listening/rules', {
    name: 'Lumo',
    category: 'brand',
    query: 'lumo',
    inbox: 'never',
  });
  context.ruleId = rule.json<{ id: string }>().id;
  await hearth.ctx.jobs.drain();
  await admin.request('POST', '/api/listening/imports?source=Seed', {
    rawBody: 'text,handle,platform\n"Lumo is awful, broken again",kim,twitter\n',
    headers: { 'content-type': 'text/csv' },
  });
  const stream = await admin.get('/api/listening/items');
  context.itemId = stream.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
  await admin.post('/api/listening/outreach', {
    itemId: context.itemId,
    via: 'platform',
    message: 'Replied',
  });
  const room = await admin.post('/api/listening/crises', { title: 'Matrix room', ruleId: context.ruleId });
  context.crisisId = room.json<{ id: string }>().id;
  const drafted = await admin.post(`/api/listening/crises/${context.crisisId}/statements`, { body: 'Draft' });
  context.statementId = drafted.json<{ statements: { id: string }[] }>().statements[0]?.id ?? '';
  await admin.post(`/api/listening/crises/${context.crisisId}/statements/${context.statementId}/approve`);
});
afterAll(() => hearth.dispose());

describeRoleMatrix('listening role matrix', actions, () => ({ clients, context }));
