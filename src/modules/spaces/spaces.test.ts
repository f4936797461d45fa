import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/support/personas.ts';
import type { TestClient } from '../../../test/support/test-client.ts';
import { startTestHearth, type TestHearth } from '../../../test/support/test-hearth.ts';

let hearth: TestHearth;
let admin: TestClient;
beforeAll(async () => {
  hearth = await startTestHearth();
  admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
});
afterAll(() => hearth.dispose());

interface Space {
  id: string;
  slug: string;
  kind: string;
  position: number;
  archived: boolean;
  moderatorIds: string[];
  postRoles: string[];
  can: { post: boolean; reply: boolean; moderate: boolean };
}
const missing = '00000000-0000-4000-8000-000000000000';
const slugs = (items: Space[]) => items.map((s) => s.slug);

async function create(body: Record<string, unknown>): Promise<Space> {
  const response = await admin.post('/api/admin/spaces', body);
  expect(response.status, response.body).toBe(201);
  return response.json<{ space: Space }>().space;
}

describe('spaces', () => {
  it('are created by admins with defaults per kind; bad input is 400, a taken slug 409', async () => {
    const invalid = await admin.post('/api/admin/spaces', { name: '', slug: 'Not A Slug', kind: 'chat' });
    expect(invalid.code).toBe('VALIDATION_FAILED');
    expect(
      invalid
        .json<{ error: { fields: { path: string }[] } }>()
        .error.fields.map((f) => f.path)
        .sort(),
    ).toEqual(['kind', 'name', 'slug']);
    const news = await create({
      name: 'News',
      slug: 'news',
      kind: 'announcements',
      description: 'From the team',
    });
    expect(news).toMatchObject({
      kind: 'announcements',
      position: 0,
      postRoles: ['admin', 'manager', 'staff'],
    });
    const help = await create({ name: 'Help', slug: 'help', kind: 'questions' });
    expect(help.position).toBe(1);
    // A change that leaves the description out keeps it.
    const renamed = await admin.patch(`/api/admin/spaces/${news.id}`, { name: 'News and updates' });
    expect(renamed.json<{ space: { description: string } }>().space.description).toBe('From the team');
    expect((await admin.post('/api/admin/spaces', { name: 'Again', slug: 'help', kind: 'ideas' })).code).toBe(
      'SPACE_SLUG_TAKEN',
    );
  });

  it('are listed to each reader by their audiences; an unreadable one is 404', async () => {
    await create({
      name: 'Staff room',
      slug: 'staff-room',
      kind: 'discussion',
      readRoles: ['staff', 'agent'],
      postRoles: ['staff'],
    });
    const anonymous = (await hearth.client().get('/api/spaces')).json<{ items: Space[] }>().items;
    expect(slugs(anonymous)).not.toContain('staff-room');
    expect(anonymous.every((s) => !s.can.post)).toBe(true);
    expect((await hearth.client().get('/api/spaces/staff-room')).code).toBe('SPACE_NOT_FOUND');
    const staff = hearth.client();
    await signedIn(hearth.ctx, staff, 'staff');
    const staffRoom = (await staff.get('/api/spaces/staff-room')).json<{ space: Space }>().space;
    expect(staffRoom.can).toEqual({ post: true, reply: true, moderate: false });
    const member = hearth.client();
    await signedIn(hearth.ctx, member, 'member');
    const news = (await member.get('/api/spaces/news')).json<{ space: Space }>().space;
    expect(news.can).toMatchObject({ post: false, reply: true });
  });

  it('can be reordered, renamed and archived (archived: read-only, hidden from members)', async () => {
    const before = (await admin.get('/api/spaces')).json<{ items: Space[] }>().items;
    const help = before.find((s) => s.slug === 'help');
    const reordered = await admin.put('/api/admin/spaces/order', { ids: [help?.id] });
    expect(slugs(reordered.json<{ items: Space[] }>().items)[0]).toBe('help');
    expect((await admin.put('/api/admin/spaces/order', { ids: [missing] })).code).toBe('SPACE_NOT_FOUND');
    const archived = await admin.patch(`/api/admin/spaces/${help?.id}`, { archived: true, name: 'Old help' });
    expect(archived.json<{ space: Space }>().space).toMatchObject({
      archived: true,
      can: { post: false, reply: false },
    });
    const member = hearth.client();
    await signedIn(hearth.ctx, member, 'member');
    expect(slugs((await member.get('/api/spaces')).json<{ items: Space[] }>().items)).not.toContain('help');
    expect((await admin.patch(`/api/admin/spaces/${missing}`, { name: 'x' })).code).toBe('SPACE_NOT_FOUND');
  });

  it('get their own moderators, who may moderate that space only', async () => {
    const general = await create({ name: 'General', slug: 'general', kind: 'discussion' });
    const staffer = hearth.client();
    const person = await signedIn(hearth.ctx, staffer, 'staff');
    const added = await admin.post(`/api/admin/spaces/${general.id}/moderators`, { userId: person.id });
    expect(added.json<{ space: Space }>().space.moderatorIds).toEqual([person.id]);
    expect((await staffer.get('/api/spaces/general')).json<{ space: Space }>().space.can.moderate).toBe(true);
    expect((await staffer.get('/api/spaces/news')).json<{ space: Space }>().space.can.moderate).toBe(false);
    expect((await admin.post(`/api/admin/spaces/${general.id}/moderators`, { userId: missing })).status).toBe(
      404,
    );
    expect((await admin.delete(`/api/admin/spaces/${general.id}/moderators/${person.id}`)).status).toBe(200);
    expect((await admin.delete(`/api/admin/spaces/${general.id}/moderators/${person.id}`)).code).toBe(
      'SPACE_MODERATOR_NOT_FOUND',
    );
    const { rows } = await hearth.ctx.database.sql.query<{ action: string }>(
      "select action from audit_events where target_type = 'space' and target_id = $1 order by id",
      [general.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'admin.space_created',
      'admin.space_moderator_added',
      'admin.space_moderator_removed',
    ]);
  });

  it('are managed by admins only', async () => {
    for (const role of ['manager', 'moderator', 'staff', 'member'] as const) {
      const client = hearth.client();
      await signedIn(hearth.ctx, client, role);
      const response = await client.post('/api/admin/spaces', {
        name: 'Nope',
        slug: `nope-${role}`,
        kind: 'discussion',
      });
      expect([role, response.status]).toEqual([role, 403]);
    }
    expect(
      (await hearth.client().post('/api/admin/spaces', { name: 'Nope', slug: 'nope', kind: 'ideas' })).status,
    ).toBe(401);
  });
});
