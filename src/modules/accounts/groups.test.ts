import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Persona } from '../../../test/support/personas.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
let manager: TestClient;
let insider: TestClient;
let outsider: TestClient;
let insiderPersona: Persona;

interface Group {
  id: string;
  slug: string;
  memberCount: number;
}
const missing = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  manager = hearth.client();
  insider = hearth.client();
  outsider = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  await signedIn(hearth.ctx, manager, 'manager');
  insiderPersona = await signedIn(hearth.ctx, insider, 'member');
  await signedIn(hearth.ctx, outsider, 'member');
});
afterAll(() => hearth.dispose());

async function createGroup(slug: string): Promise<Group> {
  const response = await manager.post('/api/admin/groups', { name: slug, slug });
  expect(response.status, response.body).toBe(201);
  return response.json<{ group: Group }>().group;
}

describe('groups', () => {
  it('are managed by admins and managers: invalid 400, missing 404, members 403, taken slug 409', async () => {
    expect((await manager.post('/api/admin/groups', { name: '', slug: 'Bad Slug' })).code).toBe(
      'VALIDATION_FAILED',
    );
    const group = await createGroup('partners');
    expect((await manager.post('/api/admin/groups', { name: 'x', slug: 'partners' })).code).toBe(
      'GROUP_SLUG_TAKEN',
    );
    expect((await insider.get('/api/admin/groups')).code).toBe('AUTH_FORBIDDEN');
    expect((await manager.patch(`/api/admin/groups/${missing}`, { name: 'x' })).code).toBe('GROUP_NOT_FOUND');
    await admin.patch(`/api/admin/groups/${group.id}`, { description: 'Resellers and integrators' });
    const renamed = await admin.patch(`/api/admin/groups/${group.id}`, { name: 'Partners' });
    // Renaming leaves the description as it was.
    expect(renamed.json<{ group: { name: string; description: string } }>().group).toMatchObject({
      name: 'Partners',
      description: 'Resellers and integrators',
    });
    const added = await manager.post(`/api/admin/groups/${group.id}/members`, { userId: insiderPersona.id });
    expect(added.json<{ items: { id: string }[] }>().items.map((m) => m.id)).toEqual([insiderPersona.id]);
    expect((await manager.post(`/api/admin/groups/${group.id}/members`, { userId: missing })).code).toBe(
      'GROUP_USER_NOT_FOUND',
    );
    const listed = (await admin.get('/api/admin/groups')).json<{ items: Group[] }>();
    expect(listed.items.find((g) => g.id === group.id)?.memberCount).toBe(1);
    const audit = (await admin.get('/api/admin/audit?limit=20')).json<{ items: { action: string }[] }>();
    expect(audit.items.map((item) => item.action)).toContain('admin.group_member_added');
  });

  it('let a space admit a group: its members read and post, others get 404', async () => {
    const group = await createGroup('beta-testers');
    const unknown = await admin.post('/api/admin/spaces', {
      name: 'Beta',
      slug: 'beta',
      kind: 'discussion',
      readRoles: [`group:${missing}`],
    });
    expect(unknown.code).toBe('SPACE_GROUP_UNKNOWN');
    const space = await admin.post('/api/admin/spaces', {
      name: 'Beta',
      slug: 'beta',
      kind: 'discussion',
      readRoles: [`group:${group.id}`],
      postRoles: [`group:${group.id}`],
      replyRoles: [`group:${group.id}`],
    });
    expect(space.status, space.body).toBe(201);
    await manager.post(`/api/admin/groups/${group.id}/members`, { userId: insiderPersona.id });

    const created = await insider.post('/api/threads', {
      space: 'beta',
      title: 'Beta feedback',
      body: 'Love it',
    });
    expect(created.status, created.body).toBe(201);
    const threadId = created.json<{ thread: { id: string } }>().thread.id;
    expect((await outsider.get('/api/spaces/beta')).code).toBe('SPACE_NOT_FOUND');
    expect((await outsider.get(`/api/threads/${threadId}`)).code).toBe('THREAD_NOT_FOUND');
    const spaces = (await outsider.get('/api/spaces')).json<{ items: { slug: string }[] }>();
    expect(spaces.items.map((s) => s.slug)).not.toContain('beta');

    // Leaving the group closes the door at once; deleting it takes it off the space.
    await manager.delete(`/api/admin/groups/${group.id}/members/${insiderPersona.id}`);
    expect((await insider.get(`/api/threads/${threadId}`)).code).toBe('THREAD_NOT_FOUND');
    expect((await manager.delete(`/api/admin/groups/${group.id}`)).status).toBe(204);
    const after = (await admin.get('/api/spaces/beta')).json<{ space: { readRoles: string[] } }>();
    expect(after.space.readRoles).toEqual([]);
  });
});
