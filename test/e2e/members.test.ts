import { beforeAll, describe, expect, it } from 'vitest';
import { importMentions, importSource, type IncomingMention } from '../../src/modules/listening/index.ts';
import { recordActivities } from '../../src/modules/members/index.ts';
import { createPersona, signedIn } from '../support/personas.ts';
import { hookTimeout, poll, testTimeout, useE2eWorld } from './harness.ts';
import { MemberProfilePage, MembersListPage } from './pages/members.ts';
import { signInAs } from './pages/sign-in-as.ts';

const world = useE2eWorld();

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Two mentions by @lena_k, imported as a social export: Hearth makes a member of their author. */
async function lenaMentionsTheBrand(): Promise<void> {
  const ctx = world().hearth.ctx;
  const mentions: IncomingMention[] = [
    {
      externalId: 'lena-1',
      url: 'https://social.example/lena_k/1',
      text: 'The Ember kettle is lovely, boils in a minute',
      author: { name: 'Lena Kovacs', handle: '@lena_k' },
      platform: 'twitter',
      publishedAt: minutesAgo(60),
    },
    {
      externalId: 'lena-2',
      url: 'https://social.example/lena_k/2',
      text: 'Ember kettle lid broke after two weeks, awful',
      author: { name: 'Lena Kovacs', handle: 'lena_k' },
      platform: 'twitter',
      publishedAt: minutesAgo(30),
    },
  ];
  async function* rows() {
    for (const [line, mention] of mentions.entries()) yield { line, mention };
  }
  await importMentions(ctx, await importSource(ctx, 'Social export', 'twitter'), rows());
  await ctx.jobs.drain(); // Mentions reach their authors' timelines in a job.
}

/** The same person as someone else Hearth met: a thread started under her email address. */
async function lenaStartsAThreadByEmail(): Promise<void> {
  const ctx = world().hearth.ctx;
  await ctx.database.transaction((tx) =>
    recordActivities(
      tx,
      [
        {
          person: { name: 'Lena K.', identities: [{ kind: 'email', value: 'lena.k@example.org' }] },
          kind: 'thread',
          refId: 'e2e-lena-thread',
          title: 'How do I fit a new kettle lid?',
          excerpt: 'Mine snapped at the hinge.',
          link: '/community',
          at: minutesAgo(10),
        },
      ],
      ctx.clock.now(),
    ),
  );
}

const mentionsOnly = ['mention: Mention on twitter', 'mention: Mention on twitter'];

beforeAll(async () => {
  await lenaMentionsTheBrand();
  await lenaStartsAThreadByEmail();
}, hookTimeout);

describe('members', () => {
  it(
    'an agent finds a member, reads their profile, merges the same person in, sees both timelines, and undoes it',
    async () => {
      const agent = await createPersona(world().hearth.ctx, 'agent', { name: 'Ari Agent' });
      const page = await signInAs(world(), agent, '/members');
      const list = new MembersListPage(page);

      await list.search('lena.k@example.org');
      await expect.poll(() => list.names(), poll).toEqual(['Lena K.']);
      const emailMemberId = await list.idOf('Lena K.');
      await list.search('lena_k');
      await expect.poll(() => list.names(), poll).toEqual(['Lena Kovacs']);
      await list.open('Lena Kovacs');

      const profile = new MemberProfilePage(page);
      expect(await profile.name()).toBe('Lena Kovacs');
      expect(await profile.lastActive()).toMatch(/^Last active /);
      expect(await page.getByTestId('member-stage').textContent()).toBe('Newcomer');
      expect(await page.getByTestId('member-stage-reason').textContent()).toBe('newcomer: first seen today');
      expect(await profile.identities()).toEqual(['handle: @lena_k on twitter']);
      await expect.poll(() => profile.timeline(), poll).toEqual(mentionsOnly);
      expect(await profile.counts()).toEqual({ mention: 2 });
      expect(await profile.originals()).toEqual([
        { href: 'https://social.example/lena_k/2', target: '_blank' },
        { href: 'https://social.example/lena_k/1', target: '_blank' },
      ]);
      expect(await profile.merges()).toEqual([]);

      await profile.mergeIn('lena.k@example.org', 'Lena K.');
      await expect.poll(() => profile.status(), poll).toBe('Lena K. was merged into this member.');
      await expect
        .poll(() => profile.timeline(), poll)
        .toEqual(['thread: How do I fit a new kettle lid?', ...mentionsOnly]);
      expect(await profile.identities()).toEqual(['email: lena.k@example.org', 'handle: @lena_k on twitter']);
      expect(await profile.counts()).toEqual({ mention: 2, thread: 1 });
      expect(await profile.merges()).toEqual(['Lena K. · By Ari Agent']);
      await profile.show('Threads');
      await expect.poll(() => profile.timeline(), poll).toEqual(['thread: How do I fit a new kettle lid?']);
      await profile.show('Everything');
      await expect.poll(() => profile.timeline(), poll).toHaveLength(3);

      // The merged member's own address leads to the survivor, and says why.
      const survivorId = await profile.id();
      await page.goto(`/members/${emailMemberId}`);
      await page.waitForURL((url) => url.pathname === `/members/${survivorId}`);
      await expect.poll(() => profile.status(), poll).toBe('Lena K. was merged into this member.');
      expect(await profile.name()).toBe('Lena Kovacs');

      await profile.undoMerge('Lena K.');
      await expect.poll(() => profile.status(), poll).toBe('Lena K. is a separate member again.');
      await expect.poll(() => profile.timeline(), poll).toEqual(mentionsOnly);
      expect(await profile.identities()).toEqual(['handle: @lena_k on twitter']);
      expect(await profile.counts()).toEqual({ mention: 2 });
      expect(await profile.merges()).toEqual([]);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'a moderator reads profiles but is offered no merge',
    async () => {
      const moderator = await createPersona(world().hearth.ctx, 'moderator');
      const page = await signInAs(world(), moderator, '/members');
      const list = new MembersListPage(page);
      await list.search('lena_k');
      await expect.poll(() => list.names(), poll).toEqual(['Lena Kovacs']);
      await list.open('Lena Kovacs');
      const profile = new MemberProfilePage(page);
      await expect.poll(() => profile.timeline(), poll).toHaveLength(2);
      expect(await profile.canMerge()).toBe(false);
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'an agent tags and notes a member and lists them through a saved segment; a moderator notes but does not tag',
    async () => {
      const agent = await createPersona(world().hearth.ctx, 'agent', { name: 'Tess Agent' });
      const page = await signInAs(world(), agent, '/members');
      const list = new MembersListPage(page);
      await expect.poll(() => list.saveAsSegmentState(), poll).toBe('disabled');
      await list.search('lena_k');
      await expect.poll(() => list.names(), poll).toEqual(['Lena Kovacs']);
      await list.open('Lena Kovacs');
      const profile = new MemberProfilePage(page);
      const lenaId = await profile.id();
      expect(await profile.tags()).toEqual([]);
      expect(await profile.notes()).toEqual([]);
      expect(await page.getByTestId('member-notes').getByText('No notes yet.').count()).toBe(1);

      // The server's word on a tag it refuses stays under the field, naming the tag.
      await profile.editTags('beta, Beta!');
      await expect
        .poll(() => profile.tagsError(), poll)
        .toBe('“Beta!”: A tag is 1–40 letters, digits, spaces, - or _.');
      await profile.editTags('Beta');
      await expect.poll(() => profile.status(), poll).toBe('Tags saved.');
      expect(await profile.tags()).toEqual(['beta']);

      await profile.addNote('Wants early access to the new lid.');
      await expect.poll(() => profile.status(), poll).toBe('Note added.');
      expect(await profile.notes()).toEqual(['Wants early access to the new lid. · Tess Agent']);

      await page.goto('/members');
      await expect.poll(() => list.names(), poll).toContain('Lena K.');
      await list.filterByTag('beta');
      await expect.poll(() => list.names(), poll).toEqual(['Lena Kovacs']);
      await list.saveAsSegment('Beta testers');
      await expect.poll(() => list.status(), poll).toBe('Saved the segment “Beta testers”.');
      await expect.poll(() => list.segments(), poll).toEqual(['Beta testers']);

      await list.clearFilters();
      await expect.poll(() => list.names(), poll).toContain('Lena K.');
      await list.chooseSegment('Beta testers');
      await expect.poll(() => list.names(), poll).toEqual(['Lena Kovacs']);
      expect(await list.tagFilter()).toBe('beta');
      expect(new URL(page.url()).searchParams.get('tag')).toBeNull();

      // A moderator, on the same member: notes, yes; tags and segments, no.
      const moderator = await createPersona(world().hearth.ctx, 'moderator', { name: 'Mo Moderator' });
      const other = await signInAs(world(), moderator, `/members/${lenaId}`);
      const seen = new MemberProfilePage(other);
      await expect.poll(() => seen.tags(), poll).toEqual(['beta']);
      expect(await seen.canEditTags()).toBe(false);
      await seen.addNote('Asked about the lid on the forum too.');
      await expect
        .poll(() => seen.notes(), poll)
        .toEqual([
          'Asked about the lid on the forum too. · Mo Moderator',
          'Wants early access to the new lid. · Tess Agent',
        ]);
      await other.goto('/members');
      const theirList = new MembersListPage(other);
      await expect.poll(() => theirList.segments(), poll).toEqual(['Beta testers']);
      expect(await theirList.saveAsSegmentState()).toBe('absent');

      // The agent deletes the segment; the list goes back to everyone.
      await list.deleteSegment();
      await expect.poll(() => list.status(), poll).toBe('“Beta testers” deleted.');
      await expect.poll(() => list.segments(), poll).toEqual([]);
      await expect.poll(() => list.names(), poll).toContain('Lena K.');
      expect(world().cspViolations).toEqual([]);
    },
    testTimeout,
  );

  it(
    'staff see an advocate recognised beside her name on a thread; members do not',
    async () => {
      const ctx = world().hearth.ctx;
      const client = world().hearth.client();
      const ada = await signedIn(ctx, client, 'member', { name: 'Ada Quill' });
      // Three accepted answers in 90 days make an advocate.
      await ctx.database.transaction((tx) =>
        recordActivities(
          tx,
          [1, 2, 3].map((n) => ({
            person: { name: 'Ada Quill', identities: [{ kind: 'account' as const, value: ada.id }] },
            kind: 'answer_accepted',
            refId: `e2e-ada-${n}`,
            title: `Answer ${n}`,
            at: minutesAgo(60 * 24 * n),
          })),
          ctx.clock.now(),
        ),
      );
      const admin = world().hearth.client();
      await signedIn(ctx, admin, 'admin');
      const space = await admin.post('/api/admin/spaces', { name: 'Tips', slug: 'tips', kind: 'discussion' });
      expect(space.status, space.body).toBe(201);
      const started = await client.post('/api/threads', {
        space: 'tips',
        title: 'Tips for a quiet relay click',
        body: 'What worked for me.',
      });
      expect(started.status, started.body).toBe(201);
      const threadId = started.json<{ thread: { id: string } }>().thread.id;

      const agent = await createPersona(ctx, 'agent', { name: 'Ira Agent' });
      const page = await signInAs(world(), agent, `/t/${threadId}`);
      const badge = page.getByTestId('recognition-badge').first();
      await expect.poll(() => badge.textContent(), poll).toBe('Advocate');
      expect(await badge.getAttribute('title')).toBe('advocate: 3 accepted answers in 90 days');

      const member = await createPersona(ctx, 'member', { name: 'Mo Member' });
      const memberPage = await signInAs(world(), member, `/t/${threadId}`);
      await memberPage.getByText('What worked for me.').waitFor();
      expect(await memberPage.getByTestId('recognition-badge').count()).toBe(0);
    },
    testTimeout,
  );
});
