import { afterAll, beforeAll } from 'vitest';
import { recordActivities } from '../../src/modules/members/index.ts';
import { clientsByWho, describeRoleMatrix, type MatrixAction, type Who } from '../support/role-matrix.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * Members' persona × action table: the people who answer and look after members (agents,
 * moderators, managers, admins) read profiles and timelines and write notes; agents, managers and
 * admins also tag, save segments, merge and undo merges, greet and reach out; managers and admins
 * message whole segments. Staff, members and guests see none of it.
 */
const readers: Who[] = ['admin', 'manager', 'agent', 'moderator'];
const mergers: Who[] = ['admin', 'manager', 'agent'];
const annotators: Who[] = readers;
const campaigners: Who[] = ['admin', 'manager'];

interface Context {
  memberIds: string[];
  mergeId: string;
}

let next = 0;
const actions: MatrixAction<Context>[] = [
  { name: 'list members', allowed: readers, run: (c) => c.get('/api/members?q=matrix') },
  { name: 'read a member', allowed: readers, run: (c, x) => c.get(`/api/members/${x.memberIds[0]}`) },
  {
    name: 'read a timeline',
    allowed: readers,
    run: (c, x) => c.get(`/api/members/${x.memberIds[0]}/timeline`),
  },
  {
    name: 'merge two members',
    allowed: mergers,
    run: (c, x) => {
      next += 1;
      return c.post(`/api/members/${x.memberIds[0]}/merge`, { fromId: x.memberIds[next] });
    },
  },
  {
    name: 'write a note',
    allowed: annotators,
    run: (c, x) => c.post(`/api/members/${x.memberIds[0]}/notes`, { body: 'Prefers email.' }),
  },
  {
    name: 'tag a member',
    allowed: mergers,
    run: (c, x) => c.put(`/api/members/${x.memberIds[0]}/tags`, { tags: ['vip'] }),
  },
  { name: 'list segments', allowed: readers, run: (c) => c.get('/api/members/segments') },
  {
    name: 'save a segment',
    allowed: mergers,
    run: (c) => {
      next += 1;
      return c.post('/api/members/segments', { name: `Segment ${next}`, filter: { tag: 'vip' } });
    },
  },
  { name: 'read the welcome queue', allowed: readers, run: (c) => c.get('/api/members/welcome-queue') },
  { name: 'list advocates', allowed: readers, run: (c) => c.get('/api/members/advocates') },
  {
    name: 'read messages sent to a member',
    allowed: readers,
    run: (c, x) => c.get(`/api/members/${x.memberIds[0]}/messages`),
  },
  {
    name: 'reach out to a member (a handle only: no way to reach them)',
    allowed: mergers,
    allowedAnswer: { status: 422, code: 'MEMBER_UNREACHABLE' },
    run: (c, x) =>
      c.post(`/api/members/${x.memberIds[0]}/messages`, { kind: 'outreach', subject: 'Hi', body: 'Thanks!' }),
  },
  { name: 'list campaigns', allowed: campaigners, run: (c) => c.get('/api/members/campaigns') },
  {
    name: 'message a segment',
    allowed: campaigners,
    run: (c) =>
      c.post('/api/members/campaigns', {
        name: 'Matrix campaign',
        filter: { q: 'matrix_1' },
        subject: 'News',
        body: 'Hello',
      }),
  },
  {
    name: 'undo a merge (already undone)',
    allowed: mergers,
    allowedAnswer: { status: 409, code: 'MEMBER_MERGE_UNDONE' },
    run: (c, x) => c.post(`/api/members/merges/${x.mergeId}/undo`),
  },
];

let hearth: TestHearth;
let clients = new Map<Who, TestClient>();
const context: Context = { memberIds: [], mergeId: '' };

beforeAll(async () => {
  hearth = await startTestHearth();
  clients = await clientsByWho(hearth);
  const people = Array.from({ length: 12 }, (_, n) => ({
    person: {
      name: `Matrix person ${n}`,
      identities: [{ kind: 'handle' as const, platform: 'twitter', value: `matrix_${n}` }],
    },
    kind: 'mention',
    refId: `matrix-${n}`,
    title: `Mention ${n}`,
    at: hearth.ctx.clock.now(),
  }));
  await hearth.ctx.database.transaction((tx) => recordActivities(tx, people, hearth.ctx.clock.now()));
  const admin = clients.get('admin') as TestClient;
  const listed = await admin.get('/api/members?q=matrix_&limit=100');
  context.memberIds = listed.json<{ items: { id: string }[] }>().items.map((item) => item.id);
  const merged = await admin.post(`/api/members/${context.memberIds[0]}/merge`, {
    fromId: context.memberIds[11],
  });
  context.mergeId = merged.json<{ merges: { id: string }[] }>().merges[0]?.id ?? '';
  await admin.post(`/api/members/merges/${context.mergeId}/undo`);
});
afterAll(() => hearth.dispose());

describeRoleMatrix('members role matrix', actions, () => ({ clients, context }));
