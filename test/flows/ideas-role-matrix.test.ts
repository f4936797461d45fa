import { afterAll, beforeAll } from 'vitest';
import { clientsByWho, describeRoleMatrix, type MatrixAction, type Who } from '../support/role-matrix.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * Ideas' persona × action table, on a board with the default audiences (anyone reads; staff roles
 * and members post and reply): visitors read, participants submit, vote and comment, every
 * signed-in reader follows; site moderators (admin, manager, moderator) set statuses and merge;
 * the people who talk to members (and moderators) capture; admins and managers set the budget.
 */
const everyoneSignedIn: Who[] = ['admin', 'manager', 'agent', 'moderator', 'staff', 'member', 'guest'];
const participants: Who[] = ['admin', 'manager', 'agent', 'moderator', 'staff', 'member'];
const moderators: Who[] = ['admin', 'manager', 'moderator'];
const capturers: Who[] = ['admin', 'manager', 'agent', 'moderator'];

interface Context {
  slug: string;
  ideaId: string;
  duplicateIds: string[];
  postId: string;
  segmentId: string;
}

let next = 0;
const statuses = ['under_review', 'planned', 'in_progress'];
const actions: MatrixAction<Context>[] = [
  {
    name: 'read a board',
    allowed: ['anonymous', ...everyoneSignedIn],
    run: (c, x) => c.get(`/api/spaces/${x.slug}/ideas`),
  },
  {
    name: 'read an idea',
    allowed: ['anonymous', ...everyoneSignedIn],
    run: (c, x) => c.get(`/api/ideas/${x.ideaId}`),
  },
  {
    name: 'submit an idea',
    allowed: participants,
    run: (c, x) => c.post(`/api/spaces/${x.slug}/ideas`, { title: 'A matrix idea', body: '' }),
  },
  { name: 'vote', allowed: participants, run: (c, x) => c.put(`/api/ideas/${x.ideaId}/vote`) },
  {
    name: 'comment',
    allowed: participants,
    run: (c, x) => c.post(`/api/ideas/${x.ideaId}/comments`, { body: 'Me too' }),
  },
  { name: 'follow', allowed: everyoneSignedIn, run: (c, x) => c.put(`/api/ideas/${x.ideaId}/follow`) },
  {
    name: 'set a status',
    allowed: moderators,
    run: (c, x) => c.post(`/api/ideas/${x.ideaId}/status`, { status: statuses[next++ % statuses.length] }),
  },
  {
    name: 'merge a duplicate',
    allowed: moderators,
    run: (c, x) => c.post(`/api/ideas/${x.duplicateIds[next++]}/merge`, { intoId: x.ideaId }),
  },
  {
    name: 'capture a vote from a post',
    allowed: capturers,
    run: (c, x) => c.post('/api/ideas/capture', { source: { kind: 'post', id: x.postId }, ideaId: x.ideaId }),
  },
  {
    name: 'set the vote budget',
    allowed: ['admin', 'manager'],
    run: (c, x) => c.put(`/api/spaces/${x.slug}/ideas/settings`, { voteBudget: 50 }),
  },
  {
    name: 'read the demand report',
    allowed: ['admin', 'manager'],
    run: (c) => c.get('/api/reports/demand?from=2026-01-01&to=2026-01-31'),
  },
  {
    name: 'rank by a member segment',
    allowed: capturers,
    run: (c, x) => c.get(`/api/spaces/${x.slug}/ideas?segment=${x.segmentId}`),
  },
];

let hearth: TestHearth;
let clients = new Map<Who, TestClient>();
const context: Context = { slug: 'matrix-ideas', ideaId: '', duplicateIds: [], postId: '', segmentId: '' };

beforeAll(async () => {
  hearth = await startTestHearth();
  clients = await clientsByWho(hearth);
  const admin = clients.get('admin') as TestClient;
  await admin.post('/api/admin/spaces', { name: 'Matrix ideas', slug: context.slug, kind: 'ideas' });
  await admin.post('/api/admin/spaces', { name: 'Matrix talk', slug: 'matrix-talk', kind: 'discussion' });
  const submit = async (title: string) =>
    (await admin.post(`/api/spaces/${context.slug}/ideas`, { title, body: '' })).json<{ id: string }>().id;
  context.ideaId = await submit('The matrix idea');
  for (let n = 0; n < 30; n++) context.duplicateIds.push(await submit(`Duplicate ${n}`));
  const member = clients.get('member') as TestClient;
  const thread = await member.post('/api/threads', {
    space: 'matrix-talk',
    title: 'Wishes',
    body: 'A wish.',
  });
  context.postId = thread.json<{ posts: { id: string }[] }>().posts[0]?.id ?? '';
  const segment = await admin.post('/api/members/segments', { name: 'Matrix VIPs', filter: { tag: 'vip' } });
  context.segmentId = segment.json<{ id: string }>().id;
});
afterAll(() => hearth.dispose());

describeRoleMatrix('ideas role matrix', actions, () => ({ clients, context }));
