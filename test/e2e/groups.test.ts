import { describe, expect, it } from 'vitest';
import { createPersona } from '../support/personas.ts';
import type { TestClient } from '../support/test-client.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AdminGroupsPage } from './pages/admin-groups-page.ts';
import { CommunityPage } from './pages/community-page.ts';
import { signInAs } from './pages/sign-in-as.ts';
import { AdminSpacesPage } from './pages/staff-admin-spaces-page.ts';

const world = useE2eWorld();

/** An admin's API client, for the data the UI is not the point of. */
async function adminApi(): Promise<TestClient> {
  const client = world().hearth.client();
  const admin = await createPersona(world().hearth.ctx, 'admin');
  const response = await client.signIn(admin.email, admin.password);
  expect(response.status, response.body).toBe(200);
  return client;
}

describe('groups', () => {
  it(
    'an admin makes a group "Beta testers" with one member and a space only it reads: that member sees the space, another does not',
    async () => {
      const api = await adminApi();
      // A space everyone reads, so each Community page has something to list either way.
      const open = await api.post('/api/admin/spaces', {
        name: 'Town square',
        slug: 'town-square',
        kind: 'discussion',
      });
      expect(open.status, open.body).toBe(201);
      const ctx = world().hearth.ctx;
      const tester = await createPersona(ctx, 'member', { name: 'Greta Tester' });
      const outsider = await createPersona(ctx, 'member', { name: 'Otto Outsider' });

      const admin = await createPersona(ctx, 'admin');
      const page = await signInAs(world(), admin, '/admin/users');
      const groups = new AdminGroupsPage(page);
      await groups.openFromAdminNavigation();
      const address = await groups.create({
        name: 'Beta testers',
        description: 'People who try new features first.',
      });
      expect(address).toBe('beta-testers');
      await expect.poll(() => groups.names(), poll).toContain('Beta testers');
      expect(await groups.status()).toBe('Beta testers created. Add people to it below.');

      await groups.addPerson('Beta testers', tester);
      await expect.poll(() => groups.people('Beta testers'), poll).toEqual(['Greta Tester']);
      await expect.poll(() => groups.countShown('Beta testers'), poll).toBe('1 person');

      const spaces = new AdminSpacesPage(page);
      await spaces.open();
      await spaces.create({
        name: 'Beta lounge',
        description: 'Early builds and what testers think of them.',
        kind: 'Discussion',
        readers: ['Group: Beta testers'],
      });
      await expect.poll(() => spaces.names(), poll).toContain('Beta lounge');
      await expect.poll(() => spaces.audienceOf('Beta lounge', 'Read'), poll).toBe('Group: Beta testers');
      expect(await spaces.audienceOf('Town square', 'Read')).toBe('Anyone');

      const [testerPage, outsiderPage] = await Promise.all([
        signInAs(world(), tester),
        signInAs(world(), outsider),
      ]);
      const testerCommunity = new CommunityPage(testerPage);
      const outsiderCommunity = new CommunityPage(outsiderPage);
      await Promise.all([testerCommunity.open(), outsiderCommunity.open()]);
      expect(await testerCommunity.spaceNames()).toEqual(['Town square', 'Beta lounge']);
      expect(await outsiderCommunity.spaceNames()).toEqual(['Town square']);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'shows who is in a group as it changes, and a space dialog open while the group is deleted marks it "Deleted group" to untick',
    async () => {
      const api = await adminApi();
      const ctx = world().hearth.ctx;
      const crew = await createPersona(ctx, 'member', { name: 'Carla Crew' });
      const created = await api.post('/api/admin/groups', { name: 'Alpha crew', slug: 'alpha-crew' });
      expect(created.status, created.body).toBe(201);
      const groupId = created.json<{ group: { id: string } }>().group.id;
      expect((await api.post(`/api/admin/groups/${groupId}/members`, { userId: crew.id })).status).toBe(200);
      const space = await api.post('/api/admin/spaces', {
        name: 'Crew room',
        slug: 'crew-room',
        kind: 'discussion',
        readRoles: ['staff', `group:${groupId}`],
        postRoles: ['staff', `group:${groupId}`],
        replyRoles: ['staff', `group:${groupId}`],
      });
      expect(space.status, space.body).toBe(201);

      const admin = await createPersona(ctx, 'admin');
      const page = await signInAs(world(), admin, '/admin/groups');
      const groups = new AdminGroupsPage(page);
      await groups.showPeople('Alpha crew');
      await expect.poll(() => groups.people('Alpha crew'), poll).toEqual(['Carla Crew']);
      await groups.removePerson('Alpha crew', 'Carla Crew');
      await expect.poll(() => groups.status(), poll).toBe('Carla Crew is no longer in Alpha crew.');
      await expect.poll(() => groups.countShown('Alpha crew'), poll).toBe('0 people');

      // Someone else puts her back: the open panel shows it without a reload.
      expect((await api.post(`/api/admin/groups/${groupId}/members`, { userId: crew.id })).status).toBe(200);
      await expect.poll(() => groups.people('Alpha crew'), poll).toEqual(['Carla Crew']);

      const spaces = new AdminSpacesPage(page);
      await spaces.open();
      await expect.poll(() => spaces.audienceOf('Crew room', 'Read'), poll).toBe('Staff, Group: Alpha crew');
      const dialog = await spaces.edit('Crew room');
      expect(await dialog.isChecked('Group: Alpha crew', 'read')).toBe(true);

      // The same admin deletes the group in another tab, while the dialog is open.
      const otherTab = await page.context().newPage();
      const otherGroups = new AdminGroupsPage(otherTab);
      await otherGroups.open();
      const warning = await otherGroups.delete('Alpha crew');
      expect(warning).toContain('Spaces will stop admitting this group');
      await expect.poll(() => otherGroups.names(), poll).not.toContain('Alpha crew');

      await expect.poll(() => dialog.rows(), poll).toContain('Deleted group');
      expect(await dialog.rows()).not.toContain('Group: Alpha crew');
      for (const column of ['read', 'start threads', 'reply'] as const) {
        expect(await dialog.isChecked('Deleted group', column)).toBe(true);
        await dialog.untick('Deleted group', column);
        expect(await dialog.isEnabled('Deleted group', column), 'cannot be ticked again').toBe(false);
      }
      await dialog.save();
      await expect.poll(() => spaces.audienceOf('Crew room', 'Read'), poll).toBe('Staff');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
