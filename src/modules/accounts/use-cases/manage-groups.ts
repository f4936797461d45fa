import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { roles } from '../../../core/roles.ts';
import { isUniqueViolation, type Tx } from '../../../db/index.ts';
import { audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { accountPolicy } from '../policy.ts';
import { deleteGroupRow, findGroup, insertGroup, listGroups, updateGroupRow } from '../queries/groups.ts';
import type { CreateGroupInput, GroupDto, UpdateGroupInput } from '../schemas.ts';

/** Spaces name groups in their audiences; deleting one must take it off them too (spaces module). */
export type ForgetGroup = (tx: Tx, groupId: string) => Promise<void>;

async function announceGroupsChanged(tx: Tx, ctx: AppContext): Promise<void> {
  await ctx.live.publish(tx, { type: 'groups.changed', audience: { roles }, data: {} });
}

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error, 'groups_slug_key')) throw fail.GROUP_SLUG_TAKEN();
  throw error;
}

export async function listGroupsFor(ctx: AppContext, actor: Actor | null): Promise<GroupDto[]> {
  accountPolicy.authorize(actor, 'groups.manage');
  const rows = await listGroups(ctx.database.db);
  return rows.map(({ id, slug, name, description, memberCount }) => ({
    id,
    slug,
    name,
    description,
    memberCount,
  }));
}

export async function createGroup(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateGroupInput,
  meta: RequestMeta,
): Promise<GroupDto> {
  const manager = accountPolicy.authorize(actor, 'groups.manage');
  return ctx.database
    .transaction(async (tx) => {
      const now = ctx.clock.now();
      const group = await insertGroup(tx.db, { id: newId(), ...input, createdAt: now, updatedAt: now });
      await audit(tx, ctx, meta, {
        actorId: manager.userId,
        action: 'admin.group_created',
        targetType: 'group',
        targetId: group.id,
        data: { slug: group.slug },
      });
      await announceGroupsChanged(tx, ctx);
      return {
        id: group.id,
        slug: group.slug,
        name: group.name,
        description: group.description,
        memberCount: 0,
      };
    })
    .catch(slugTaken);
}

export async function updateGroup(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: UpdateGroupInput,
  meta: RequestMeta,
): Promise<GroupDto> {
  const manager = accountPolicy.authorize(actor, 'groups.manage');
  return ctx.database
    .transaction(async (tx) => {
      if (!(await findGroup(tx.db, id))) throw fail.GROUP_NOT_FOUND();
      await updateGroupRow(tx.db, id, { ...input, updatedAt: ctx.clock.now() });
      await audit(tx, ctx, meta, {
        actorId: manager.userId,
        action: 'admin.group_updated',
        targetType: 'group',
        targetId: id,
        data: { ...input },
      });
      await announceGroupsChanged(tx, ctx);
      const found = (await listGroups(tx.db)).find((group) => group.id === id);
      if (!found) throw fail.GROUP_NOT_FOUND();
      const { slug, name, description, memberCount } = found;
      return { id, slug, name, description, memberCount };
    })
    .catch(slugTaken);
}

/** Members leave the group, and spaces stop admitting it, in one transaction. */
export async function deleteGroup(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  forgetGroup: ForgetGroup,
  meta: RequestMeta,
): Promise<void> {
  const manager = accountPolicy.authorize(actor, 'groups.manage');
  await ctx.database.transaction(async (tx) => {
    const group = await findGroup(tx.db, id);
    if (!group) throw fail.GROUP_NOT_FOUND();
    await forgetGroup(tx, id);
    await deleteGroupRow(tx.db, id);
    await audit(tx, ctx, meta, {
      actorId: manager.userId,
      action: 'admin.group_deleted',
      targetType: 'group',
      targetId: id,
      data: { slug: group.slug },
    });
    await announceGroupsChanged(tx, ctx);
    // The spaces that admitted it changed too.
    await ctx.live.publish(tx, { type: 'spaces.changed', audience: { roles }, data: { spaceId: null } });
  });
}
