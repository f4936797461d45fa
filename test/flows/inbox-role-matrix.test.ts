import { afterAll, beforeAll } from 'vitest';
import { ingestMessage } from '../../src/modules/inbox/index.ts';
import {
  clientsByWho,
  describeRoleMatrix,
  everyone,
  type MatrixAction,
  type Who,
} from '../support/role-matrix.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * The inbox's persona × action table, written out by hand like the site's: agents work
 * conversations and may read how routing, SLAs and opening hours are set; managers and admins
 * also change them and read reports; only admins read raw mail. Moderators, staff, members and guests see none of it.
 */
const workers: Who[] = ['admin', 'manager', 'agent'];
const configurers: Who[] = ['admin', 'manager'];

interface Context {
  conversationId: string;
  teamId: string;
}

let counter = 0;
const conversationUrl = (c: Context) => `/api/inbox/conversations/${c.conversationId}`;
const week = { from: '2026-11-02T00:00:00Z', to: '2026-11-09T00:00:00Z' };

const actions: MatrixAction<Context>[] = [
  { name: 'list the inbox', allowed: workers, run: (c) => c.get('/api/inbox/conversations') },
  { name: 'read a conversation', allowed: workers, run: (c, x) => c.get(conversationUrl(x)) },
  {
    name: 'change priority',
    allowed: workers,
    run: (c, x) => c.patch(conversationUrl(x), { priority: 'high' }),
  },
  {
    name: 'reply',
    allowed: workers,
    run: (c, x) =>
      c.post(`${conversationUrl(x)}/replies`, { markdown: 'On it.', confirm: true, then: 'open' }),
  },
  {
    name: 'add a note',
    allowed: workers,
    run: (c, x) => c.post(`${conversationUrl(x)}/notes`, { markdown: 'FYI' }),
  },
  {
    name: 'escalate',
    allowed: workers,
    run: (c, x) => c.post(`${conversationUrl(x)}/escalations`, { teamId: x.teamId, reason: 'Needs billing' }),
  },
  {
    name: 'record a scope change',
    allowed: workers,
    run: (c, x) =>
      c.post(`${conversationUrl(x)}/scope-changes`, {
        what: 'Refund',
        oldValue: '0',
        newValue: '20 EUR',
        agreedBy: 'Lead',
      }),
  },
  {
    name: 'announce presence',
    allowed: workers,
    run: (c, x) => c.post(`${conversationUrl(x)}/presence`, { state: 'viewing' }),
  },
  {
    name: 'log a phone call',
    allowed: workers,
    run: (c) =>
      c.post('/api/inbox/phone-calls', { name: 'Caller', subject: 'Call', summary: 'Asked about a bill' }),
  },
  { name: 'list saved replies', allowed: workers, run: (c) => c.get('/api/inbox/saved-replies') },
  {
    name: 'save a reply',
    allowed: workers,
    run: (c) =>
      c.post('/api/inbox/saved-replies', { title: `Hello ${++counter}`, body: 'Hi {{member.first_name}}' }),
  },
  { name: 'list own saved views', allowed: workers, run: (c) => c.get('/api/inbox/views') },
  {
    name: 'save a view',
    allowed: workers,
    run: (c) => c.post('/api/inbox/views', { name: `Mine ${++counter}`, filters: { view: 'mine' } }),
  },
  { name: 'read own availability', allowed: workers, run: (c) => c.get('/api/inbox/me') },
  {
    name: 'set own availability',
    allowed: workers,
    run: (c) => c.put('/api/inbox/me/availability', { available: true }),
  },
  { name: 'list teams', allowed: workers, run: (c) => c.get('/api/inbox/teams') },
  { name: 'list channels', allowed: workers, run: (c) => c.get('/api/inbox/channels') },
  {
    name: 'list people who can work the inbox',
    allowed: workers,
    run: (c) => c.get('/api/inbox/agents'),
  },
  {
    name: 'read the rota',
    allowed: workers,
    run: (c) => c.get(`/api/inbox/shifts?from=${week.from}&to=${week.to}`),
  },
  { name: 'read coverage gaps', allowed: workers, run: (c) => c.get('/api/inbox/coverage') },
  {
    name: 'create a team',
    allowed: configurers,
    run: (c) => c.post('/api/inbox/teams', { name: `T${++counter}` }),
  },
  { name: 'list routing rules', allowed: workers, run: (c) => c.get('/api/inbox/rules') },
  {
    name: 'create a routing rule',
    allowed: configurers,
    run: (c) =>
      c.post('/api/inbox/rules', { name: 'Urgent', conditions: [], actions: { priority: 'urgent' } }),
  },
  { name: 'list SLA policies', allowed: workers, run: (c) => c.get('/api/inbox/sla-policies') },
  {
    name: 'create an SLA policy',
    allowed: configurers,
    run: (c) =>
      c.post('/api/inbox/sla-policies', {
        name: 'Phone',
        conditions: [{ field: 'channel', op: 'is', value: 'phone' }],
        firstResponseMinutes: 5,
        nextResponseMinutes: null,
        resolutionMinutes: null,
      }),
  },
  { name: 'read inbox settings', allowed: workers, run: (c) => c.get('/api/inbox/settings') },
  {
    name: 'change inbox settings',
    allowed: configurers,
    run: (c) => c.patch('/api/inbox/settings', { highLoadPerAgent: 9 }),
  },
  { name: 'list API channels', allowed: configurers, run: (c) => c.get('/api/inbox/api-channels') },
  {
    name: 'create an API channel',
    allowed: configurers,
    run: (c) => c.post('/api/inbox/api-channels', { name: `Source ${++counter}` }),
  },
  { name: 'read the learned router', allowed: configurers, run: (c) => c.get('/api/inbox/router') },
  {
    name: 'retrain the learned router',
    allowed: configurers,
    allowedAnswer: { status: 422, code: 'ROUTER_TOO_FEW_EXAMPLES' },
    run: (c) => c.post('/api/inbox/router/train'),
  },
  { name: 'read inbox reports', allowed: configurers, run: (c) => c.get('/api/inbox/reports') },
  { name: 'download inbox reports', allowed: configurers, run: (c) => c.get('/api/inbox/reports.csv') },
  { name: 'read unreadable inbound mail', allowed: ['admin'], run: (c) => c.get('/api/inbox/raw-mail') },
  {
    name: 'read published expectations',
    allowed: everyone,
    run: (c) => c.get('/api/support/expectations'),
  },
];

let hearth: TestHearth;
let clients = new Map<Who, TestClient>();
const context: Context = { conversationId: '', teamId: '' };

beforeAll(async () => {
  hearth = await startTestHearth();
  clients = await clientsByWho(hearth);
  const team = await clients.get('admin')?.post('/api/inbox/teams', { name: 'Billing' });
  context.teamId = team?.json<{ id: string }>().id ?? '';
  const opened = await hearth.ctx.database.transaction((tx) =>
    ingestMessage(tx, hearth.ctx, {
      channel: 'api',
      conversationRef: 'matrix',
      externalId: 'api:matrix-1',
      subject: 'Double charge',
      text: 'I was charged twice.',
      html: '<p>I was charged twice.</p>',
      from: { memberId: null, name: 'Kim', address: 'kim@example.com' },
      at: hearth.ctx.clock.now(),
      direction: 'in',
      opens: true,
    }),
  );
  context.conversationId = opened.conversationId ?? '';
});
afterAll(() => hearth.dispose());

describeRoleMatrix('inbox role matrix', actions, () => ({ clients, context }));
