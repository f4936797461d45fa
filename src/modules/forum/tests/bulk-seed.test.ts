import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, signedIn, type Persona } from '../../../../test/support/personas.ts';
import { startTestHearth, type TestHearth } from '../../../../test/support/test-hearth.ts';
import { loadSpace } from '../../spaces/index.ts';
import { bulkSeedForum, seededRandom, type BulkSeedResult } from '../bulk-seed.ts';

let hearth: TestHearth;
let seeded: BulkSeedResult;

interface Page {
  thread: {
    id: string;
    title: string;
    replyCount: number;
    solved: boolean;
    solvedByCommunity: boolean;
    acceptedPostId: string | null;
  };
  posts: { id: string; number: number; html: string; author: { id: string } | null }[];
  acceptedAnswer: { id: string; number: number } | null;
  pageCount: number;
}

interface SearchHit {
  thread: { id: string; title: string };
  postNumber: number;
  highlight: string;
}

beforeAll(async () => {
  hearth = await startTestHearth();
  const admin = hearth.client();
  await signedIn(hearth.ctx, admin, 'admin');
  for (const space of [
    { name: 'Help', slug: 'help', kind: 'questions' },
    { name: 'Talk', slug: 'talk', kind: 'discussion' },
  ]) {
    const response = await admin.post('/api/admin/spaces', space);
    expect(response.status, response.body).toBe(201);
  }
  const db = hearth.ctx.database.db;
  const spaces: { id: string; kind: string }[] = [];
  for (const slug of ['help', 'talk']) {
    const space = await loadSpace(db, { slug });
    if (!space) throw new Error(`no space ${slug}`);
    spaces.push({ id: space.id, kind: space.kind });
  }
  const members: Persona[] = [];
  for (let i = 0; i < 5; i++) members.push(await createPersona(hearth.ctx, 'member'));
  const staff = await createPersona(hearth.ctx, 'staff');
  seeded = await hearth.ctx.database.transaction((tx) =>
    bulkSeedForum(tx.db, {
      spaces,
      authorIds: [...members.map((m) => m.id), staff.id],
      staffIds: [staff.id],
      threads: 40,
      replies: 400,
      random: seededRandom(42),
      batchSize: 50,
    }),
  );
});
afterAll(() => hearth.dispose());

describe('bulkSeedForum', () => {
  it('writes the requested numbers of threads and replies, with answers accepted in Q&A only', () => {
    expect(seeded.threads).toHaveLength(40);
    expect(seeded.replies).toBe(400);
    expect(seeded.threads.reduce((sum, t) => sum + t.postCount - 1, 0)).toBe(400);
    expect(seeded.accepted).toBeGreaterThan(0);
    expect(seeded.threads.filter((t) => t.acceptedPostId !== null)).toHaveLength(seeded.accepted);
  });

  it('gives threads that read back through the API with numbered posts and matching counters', async () => {
    const visitor = hearth.client();
    const longest = [...seeded.threads].sort((a, b) => b.postCount - a.postCount)[0];
    if (!longest) throw new Error('nothing seeded');
    expect(longest.postCount).toBeGreaterThan(20);
    const first = await visitor.get(`/api/threads/${longest.id}?page=1&pageSize=20`);
    expect(first.status, first.body).toBe(200);
    const page = first.json<Page>();
    expect(page.thread.title).toBe(longest.title);
    expect(page.thread.replyCount).toBe(longest.postCount - 1);
    expect(page.posts.map((post) => post.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(page.posts[0]?.id).toBe(longest.openingPostId);
    expect(page.posts[0]?.author?.id).toBe(longest.authorId);
    expect(page.posts[0]?.html).toMatch(/^<p>/);
    const last = await visitor.get(`/api/threads/${longest.id}?page=${page.pageCount}&pageSize=20`);
    expect(last.json<Page>().posts.at(-1)?.number).toBe(longest.postCount);

    const solved = seeded.threads.find((t) => t.acceptedPostId !== null);
    if (!solved) throw new Error('no accepted answer seeded');
    const withAnswer = (await visitor.get(`/api/threads/${solved.id}`)).json<Page>();
    expect(withAnswer.thread.solved).toBe(true);
    expect(withAnswer.acceptedAnswer?.id).toBe(solved.acceptedPostId);
    expect(withAnswer.acceptedAnswer?.number).toBeGreaterThan(1);
  });

  it('lets a member reply after the seeded posts, numbered next', async () => {
    const member = hearth.client();
    await signedIn(hearth.ctx, member, 'member');
    const thread = seeded.threads[0];
    if (!thread) throw new Error('nothing seeded');
    const reply = await member.post(`/api/threads/${thread.id}/replies`, { body: 'One more thought.' });
    expect(reply.status, reply.body).toBe(201);
    expect(reply.json<{ post: { number: number } }>().post.number).toBe(thread.postCount + 1);
  });

  it('gives text that search and similar questions find', async () => {
    const visitor = hearth.client();
    const search = await visitor.get(
      `/api/search?q=${encodeURIComponent('invoices OR webhook OR password')}`,
    );
    expect(search.status, search.body).toBe(200);
    const hits = search.json<{ items: SearchHit[] }>().items;
    expect(hits.length).toBeGreaterThan(0);
    const ids = new Set(seeded.threads.map((t) => t.id));
    expect(hits.every((hit) => ids.has(hit.thread.id))).toBe(true);
    expect(hits[0]?.highlight).toContain('<mark>');

    const title = seeded.threads[0]?.title ?? '';
    const similar = await visitor.get(`/api/similar?title=${encodeURIComponent(title)}`);
    expect(similar.status, similar.body).toBe(200);
    // Several seeded threads may share a title: one with this very title must come up.
    const items = similar.json<{ items: { title: string }[] }>().items;
    expect(items.map((item) => item.title)).toContain(title);
  });

  it('writes the same text for the same seed', async () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
