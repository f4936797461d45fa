import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { userNames } from '../../accounts/index.ts';
import {
  activityDto,
  keyOf,
  cursorAfter,
  memberSummary,
  type ActivityDto,
  type MemberSummaryDto,
} from '../dto.ts';
import { fail } from '../errors.ts';
import { memberPolicy } from '../policy.ts';
import { activitiesOf, activityCounts } from '../queries/activities.ts';
import { identitiesOfMembers } from '../queries/identities.ts';
import { activeMergesInto } from '../queries/merges.ts';
import { notesOf } from '../queries/notes.ts';
import { findSegment } from '../queries/segments.ts';
import {
  findMember,
  listMembers,
  membersByIds,
  mergedTree,
  rootsOf,
  type MemberFilter,
  type MemberRow,
} from '../queries/members.ts';
import type { MemberListQuery, memberSchema, TimelineQuery } from '../schemas.ts';

export type MemberDto = z.infer<typeof memberSchema>;

/** The newest notes a profile shows. */
const shownNotes = 20;

/** The member an id stands for now: itself, or the member it was merged into. */
async function currentMember(db: Db, id: string): Promise<MemberRow> {
  const root = (await rootsOf(db, [id])).get(id);
  const row = root ? await findMember(db, root) : undefined;
  if (!row) throw fail.MEMBER_NOT_FOUND();
  return row;
}

async function mergedFromOf(db: Db, id: string): Promise<{ id: string; name: string }> {
  const [row] = await membersByIds(db, [id]);
  return { id, name: row?.name ?? 'Someone' };
}

export async function readMember(ctx: AppContext, actor: Actor | null, id: string): Promise<MemberDto> {
  memberPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const member = await currentMember(db, id);
  const tree = await mergedTree(db, member.id);
  const [identities, merges, counts, notes] = await Promise.all([
    identitiesOfMembers(db, tree),
    activeMergesInto(db, tree),
    activityCounts(db, tree),
    notesOf(db, tree, shownNotes),
  ]);
  const mergedIds = merges.map((merge) => merge.fromId);
  const merged = new Map((await membersByIds(db, mergedIds)).map((row) => [row.id, row]));
  const people = [
    ...merges.flatMap((m) => (m.byUserId ? [m.byUserId] : [])),
    ...notes.map((n) => n.authorId),
  ];
  const names = await userNames(db, people);
  return {
    ...memberSummary(member),
    identities: identities.map(({ kind, platform, value, verified }) => ({
      kind,
      platform,
      value,
      verified,
    })),
    tags: member.tags,
    mergedFrom: member.id === id ? null : await mergedFromOf(db, id),
    merges: merges.flatMap((merge) => {
      const from = merged.get(merge.fromId);
      if (!from) return [];
      return [
        {
          id: merge.id,
          from: memberSummary(from),
          by: merge.byUserId ? { id: merge.byUserId, name: names.get(merge.byUserId) ?? 'Someone' } : null,
          reason: merge.reason,
          at: merge.at.toISOString(),
        },
      ];
    }),
    activityCounts: counts,
    notes: notes.map((note) => ({
      id: note.id,
      body: note.body,
      author: { id: note.authorId, name: names.get(note.authorId) ?? 'Someone' },
      at: note.createdAt.toISOString(),
    })),
  };
}

/** Everything the member did anywhere (merged members included), newest first. */
export async function readTimeline(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  query: TimelineQuery,
): Promise<{ items: ActivityDto[]; nextCursor: string | null }> {
  memberPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const member = await currentMember(db, id);
  const tree = await mergedTree(db, member.id);
  const kinds = query.kinds?.split(',');
  const rows = await activitiesOf(db, tree, { kinds }, keyOf(query.cursor), query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(activityDto),
    nextCursor: rows.length > query.limit && last ? cursorAfter(last.at, last.id) : null,
  };
}

/** The list's filter: a saved segment's conditions and the request's, all of which must hold. */
async function listFilter(db: Db, query: MemberListQuery): Promise<MemberFilter> {
  const saved = query.segment ? (await findSegment(db, query.segment))?.filter : {};
  if (!saved) throw fail.MEMBER_SEGMENT_NOT_FOUND();
  const both = (a: string | undefined, b: string | undefined) => [
    ...new Set([a, b].filter((v): v is string => !!v)),
  ];
  return {
    ids: query.ids?.toLowerCase().split(','),
    searches: both(saved.q, query.q || undefined),
    stages: both(saved.stage, query.stage),
    tags: both(saved.tag, query.tag),
    countries: both(saved.country, query.country),
    saids: both(saved.said, query.said),
  };
}

export async function listMemberSummaries(
  ctx: AppContext,
  actor: Actor | null,
  query: MemberListQuery,
): Promise<{ items: MemberSummaryDto[]; nextCursor: string | null }> {
  memberPolicy.authorize(actor, 'read');
  const rows = await listMembers(
    ctx.database.db,
    await listFilter(ctx.database.db, query),
    keyOf(query.cursor),
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(memberSummary),
    nextCursor: rows.length > query.limit && last ? cursorAfter(last.lastActiveAt, last.id) : null,
  };
}
