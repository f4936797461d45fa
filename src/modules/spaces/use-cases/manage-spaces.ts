import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { roles } from '../../../core/roles.ts';
import { isUniqueViolation, type Tx } from '../../../db/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { toSpace, type SpaceDto } from '../dto.ts';
import { fail } from '../errors.ts';
import { defaultAudiences, spacePolicy } from '../policy.ts';
import {
  findSpace,
  listSpaces,
  moderatorsOf,
  nextPosition,
  insertSpace,
  setPositions,
  updateSpaceRow,
  type SpaceRow,
} from '../queries.ts';
import type { CreateSpaceInput, UpdateSpaceInput } from '../schemas.ts';

/** Every signed-in page that lists spaces refreshes when one changes. */
async function announceSpacesChanged(tx: Tx, ctx: AppContext, spaceId: string | null): Promise<void> {
  await ctx.live.publish(tx, { type: 'spaces.changed', audience: { roles }, data: { spaceId } });
}

async function reply(tx: Tx, space: SpaceRow, actor: Actor): Promise<SpaceDto> {
  const moderators = await moderatorsOf(tx.db, [space.id]);
  return toSpace(space, moderators.get(space.id) ?? [], actor);
}

/** Which of these group ids exist; given by the accounts module. */
export type GroupsExist = (ids: string[]) => Promise<Set<string>>;

/** Every group an audience names must exist. */
async function checkGroups(input: UpdateSpaceInput, groupsExist: GroupsExist): Promise<void> {
  const named = [...(input.readRoles ?? []), ...(input.postRoles ?? []), ...(input.replyRoles ?? [])]
    .filter((entry) => entry.startsWith('group:'))
    .map((entry) => entry.slice('group:'.length));
  if (named.length === 0) return;
  const existing = await groupsExist([...new Set(named)]);
  const unknown = named.find((id) => !existing.has(id));
  if (unknown) throw fail.SPACE_GROUP_UNKNOWN({ message: `There is no group ${unknown}.` });
}

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error, 'spaces_slug_key')) throw fail.SPACE_SLUG_TAKEN();
  throw error;
}

export async function createSpace(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateSpaceInput,
  groupsExist: GroupsExist,
  meta: RequestMeta,
): Promise<SpaceDto> {
  const admin = spacePolicy.authorize(actor, 'spaces.manage');
  await checkGroups(input, groupsExist);
  const defaults = defaultAudiences(input.kind);
  return ctx.database
    .transaction(async (tx) => {
      const now = ctx.clock.now();
      const space = await insertSpace(tx.db, {
        id: newId(),
        slug: input.slug,
        name: input.name,
        description: input.description,
        kind: input.kind,
        position: await nextPosition(tx.db),
        readRoles: input.readRoles ?? defaults.readRoles,
        postRoles: input.postRoles ?? defaults.postRoles,
        replyRoles: input.replyRoles ?? defaults.replyRoles,
        createdAt: now,
        updatedAt: now,
      });
      await recordAuditEvent(tx, ctx.clock, {
        actorId: admin.userId,
        action: 'admin.space_created',
        targetType: 'space',
        targetId: space.id,
        ip: meta.ip,
        data: { slug: space.slug, kind: space.kind },
      });
      await announceSpacesChanged(tx, ctx, space.id);
      return reply(tx, space, admin);
    })
    .catch(slugTaken);
}

export async function updateSpace(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: UpdateSpaceInput,
  groupsExist: GroupsExist,
  meta: RequestMeta,
): Promise<SpaceDto> {
  const admin = spacePolicy.authorize(actor, 'spaces.manage');
  await checkGroups(input, groupsExist);
  return ctx.database
    .transaction(async (tx) => {
      const existing = await findSpace(tx.db, { id });
      if (!existing) throw fail.SPACE_NOT_FOUND();
      const now = ctx.clock.now();
      const { archived, ...fields } = input;
      const archivedAt =
        archived === undefined ? existing.archivedAt : archived ? (existing.archivedAt ?? now) : null;
      const space = await updateSpaceRow(tx.db, id, { ...fields, archivedAt, updatedAt: now });
      await recordAuditEvent(tx, ctx.clock, {
        actorId: admin.userId,
        action: 'admin.space_updated',
        targetType: 'space',
        targetId: id,
        ip: meta.ip,
        data: { ...input },
      });
      await announceSpacesChanged(tx, ctx, id);
      return reply(tx, space, admin);
    })
    .catch(slugTaken);
}

/** Puts the named spaces first, in that order; spaces left out keep their relative order after them. */
export async function reorderSpaces(
  ctx: AppContext,
  actor: Actor | null,
  ids: string[],
  meta: RequestMeta,
): Promise<SpaceDto[]> {
  const admin = spacePolicy.authorize(actor, 'spaces.manage');
  return ctx.database.transaction(async (tx) => {
    const all = await listSpaces(tx.db, true);
    const known = new Set(all.map((space) => space.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw fail.SPACE_NOT_FOUND({ message: `There is no space ${unknown}.` });
    const wanted = [...new Set(ids)];
    const order = [...wanted, ...all.map((space) => space.id).filter((id) => !wanted.includes(id))];
    await setPositions(tx.db, order, ctx.clock.now());
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'admin.spaces_reordered',
      targetType: 'space',
      ip: meta.ip,
      data: { order },
    });
    await announceSpacesChanged(tx, ctx, null);
    const spaces = await listSpaces(tx.db, true);
    const moderators = await moderatorsOf(
      tx.db,
      spaces.map((space) => space.id),
    );
    return spaces.map((space) => toSpace(space, moderators.get(space.id) ?? [], admin));
  });
}
