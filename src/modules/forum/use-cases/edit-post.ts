import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { requireActor } from '../../../core/policy.ts';
import { composeBody, enforceSandbox } from '../compose.ts';
import { toPost } from '../dto.ts';
import { auditAction, announceThreadChanged } from '../events.ts';
import { fail } from '../errors.ts';
import { cardsFor, loadReadablePost } from '../load.ts';
import { canEditPost } from '../policy.ts';
import { insertRevision, updatePost } from '../queries/posts.ts';
import { updateThread } from '../queries/threads.ts';
import type { EditPostInput, PostDto } from '../schemas.ts';

/**
 * Keeps what the post said before (and the title, for the opening post) as a revision staff can
 * read. A moderator editing someone else's words is audited.
 */
export async function editPost(
  ctx: AppContext,
  actor: Actor | null,
  postId: string,
  input: EditPostInput,
  meta: RequestMeta,
): Promise<PostDto> {
  const editor = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const { post, scope } = await loadReadablePost(tx.db, postId, editor, true);
    if (post.kind !== 'post' || !canEditPost(scope, editor, post.authorId)) throw fail.EDIT_FORBIDDEN();
    const body = await composeBody(tx.db, input.body);
    if (editor.userId === post.authorId) await enforceSandbox(ctx, tx.db, editor, body);
    const now = ctx.clock.now();
    const retitle = post.number === 1 && input.title !== undefined && input.title !== scope.thread.title;
    await insertRevision(tx.db, {
      id: newId(),
      postId,
      editorId: editor.userId,
      bodyMarkdown: post.bodyMarkdown,
      title: retitle ? scope.thread.title : null,
      reason: input.reason ?? null,
      createdAt: now,
    });
    const updated = await updatePost(tx.db, postId, {
      bodyMarkdown: body.markdown,
      bodyHtml: body.html,
      bodyText: body.text,
      editedAt: now,
      editCount: post.editCount + 1,
    });
    const thread = await updateThread(tx.db, scope.thread.id, {
      ...(retitle ? { title: input.title } : {}),
      ...(post.number === 1 ? { openingText: body.text } : {}),
    });
    if (editor.userId !== post.authorId)
      await auditAction(tx, ctx, {
        actorId: editor.userId,
        action: 'forum.post_edited',
        targetType: 'post',
        targetId: postId,
        meta,
        data: { threadId: thread.id, authorId: post.authorId, reason: input.reason ?? null },
      });
    const next = { ...scope, thread };
    await announceThreadChanged(tx, ctx, next);
    const cards = await cardsFor(tx.db, [post.authorId]);
    return toPost(updated, { scope: next, actor: editor, cards, helpfulByMe: new Set() });
  });
}
