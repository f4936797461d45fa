import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { requireActor } from '../../../core/policy.ts';
import { composeBody } from '../compose.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { loadReadable } from '../load.ts';
import { canActAsStaff } from '../policy.ts';
import { insertPost } from '../queries/posts.ts';
import { addParticipants, updateThread } from '../queries/threads.ts';
import type { ThreadDto } from '../schemas.ts';
import { threadView } from './thread-view.ts';

/**
 * "The comfy room": a public thread becomes a private conversation between its author, the staff
 * member and staff. Outsiders keep seeing the title and a note that says it was taken private.
 */
export async function takePrivate(
  ctx: AppContext,
  actor: Actor | null,
  threadId: string,
  note: string | undefined,
  meta: RequestMeta,
): Promise<ThreadDto> {
  const staff = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const scope = await loadReadable(tx.db, threadId, staff, true);
    if (!canActAsStaff(scope, staff)) throw fail.STAFF_ONLY();
    if (scope.thread.visibility !== 'public') throw fail.ALREADY_PRIVATE();
    const now = ctx.clock.now();
    const said = note ?? `${staff.name} took this conversation private to help directly.`;
    const body = await composeBody(tx.db, said);
    await insertPost(tx.db, {
      id: newId(),
      threadId,
      number: scope.thread.postCount + 1,
      authorId: staff.userId,
      kind: 'note',
      bodyMarkdown: body.markdown,
      bodyHtml: body.html,
      bodyText: body.text,
      createdAt: now,
    });
    await addParticipants(tx.db, threadId, [scope.thread.authorId, staff.userId], now);
    const thread = await updateThread(tx.db, threadId, {
      visibility: 'private',
      takenPrivateAt: now,
      postCount: scope.thread.postCount + 1,
      lastPostedAt: now,
      lastPosterId: staff.userId,
    });
    await auditAction(tx, ctx, {
      actorId: staff.userId,
      action: 'forum.thread_taken_private',
      targetType: 'thread',
      targetId: threadId,
      meta,
    });
    const participants = [...new Set([...scope.participantIds, scope.thread.authorId, staff.userId])];
    await announceThreadChanged(tx, ctx, scope);
    const next = { ...scope, thread, participantIds: participants };
    return threadView(tx.db, next, staff);
  });
}
