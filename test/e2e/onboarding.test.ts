import { describe, expect, it } from 'vitest';
import { createPersona } from '../support/personas.ts';
import { poll, testTimeout, useE2eWorld } from './harness.ts';
import { AdminGroupsPage } from './pages/admin-groups-page.ts';
import { AdminInvitationsPage } from './pages/admin-invitations-page.ts';
import { AppShell } from './pages/app-shell.ts';
import { InvitedSignUpPage } from './pages/invited-sign-up-page.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();

describe('onboarding', () => {
  it(
    'an admin makes an invitation link into a group; a visitor opens it, sees what it is for, signs up and is in the group',
    async () => {
      const ctx = world().hearth.ctx;
      const admin = await createPersona(ctx, 'admin', { name: 'Ines Admin' });
      // The group is made through the API: the groups page has its own spec.
      const api = world().hearth.client();
      await api.signIn(admin.email, admin.password);
      const group = await api.post('/api/admin/groups', { name: 'Lumo owners', slug: 'lumo-owners' });
      expect(group.status, group.body).toBe(201);
      const page = await signInAs(world(), admin, '/admin/users');
      const groups = new AdminGroupsPage(page);

      const invitations = new AdminInvitationsPage(page);
      await invitations.openFromAdminNavigation();
      const link = await invitations.createLink({ label: 'Box insert', uses: 2, group: 'Lumo owners' });
      expect(link).toMatch(/\/signup\?invite=[\w-]+$/);
      await expect.poll(() => invitations.usesOf('Box insert'), poll).toBe('0 / 2');

      const visitor = await world().newVisitor();
      const signUp = new InvitedSignUpPage(visitor);
      await signUp.openLink(link);
      const summary = await signUp.summary();
      expect(summary).toContain('You are invited: Box insert.');
      expect(summary).toContain('You will join the group Lumo owners.');
      await signUp.signUp({
        name: 'Vera Visitor',
        email: 'vera@example.org',
        password: 'a long enough password',
      });
      await new AppShell(visitor).waitUntilSignedInAs('Vera Visitor');

      // The admin's open page follows the sign-up live.
      await expect.poll(() => invitations.usesOf('Box insert'), poll).toBe('1 / 2');
      await groups.openFromAdminNavigation();
      await groups.showPeople('Lumo owners');
      await expect.poll(() => groups.people('Lumo owners'), poll).toEqual(['Vera Visitor']);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );
});
