import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Db } from '../../../db/index.ts';
import { fail } from '../errors.ts';
import { memberPolicy } from '../policy.ts';
import { findMember, rootsOf, setTags } from '../queries/members.ts';
import { insertNote } from '../queries/notes.ts';
import { readMember, type MemberDto } from './read-members.ts';

/** The member an id stands for now, locked for the change. */
async function lockCurrent(db: Db, id: string) {
  const root = (await rootsOf(db, [id])).get(id);
  const member = root ? await findMember(db, root, true) : undefined;
  if (!member) throw fail.MEMBER_NOT_FOUND();
  return member;
}

export async function addMemberNote(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: { body: string },
): Promise<MemberDto> {
  const staff = memberPolicy.authorize(actor, 'annotate');
  const memberId = await ctx.database.transaction(async (tx) => {
    const member = await lockCurrent(tx.db, id);
    const now = ctx.clock.now();
    await insertNote(tx.db, {
      id: newId(),
      memberId: member.id,
      authorId: staff.userId,
      body: input.body,
      createdAt: now,
    });
    return member.id;
  });
  return readMember(ctx, actor, memberId);
}

/** Replaces the member's tags (each once, in the order given). */
export async function setMemberTags(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: { tags: readonly string[] },
): Promise<MemberDto> {
  memberPolicy.authorize(actor, 'organise');
  const memberId = await ctx.database.transaction(async (tx) => {
    const member = await lockCurrent(tx.db, id);
    await setTags(tx.db, member.id, [...new Set(input.tags)], ctx.clock.now());
    return member.id;
  });
  return readMember(ctx, actor, memberId);
}
