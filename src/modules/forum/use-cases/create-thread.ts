import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import { notify } from '../../notifications/index.ts';
import { canPostInSpace, canReadSpace, loadSpace, spaceErrors } from '../../spaces/index.ts';
import { composeBody, enforceSandbox } from '../compose.ts';
import { announceThreadChanged } from '../events.ts';
import { forumFacts, statePost } from '../facts.ts';
import { mentionNotices } from '../notices.ts';
import { insertPost } from '../queries/posts.ts';
import { insertThread } from '../queries/threads.ts';
import type { CreateThreadInput, ThreadPageDto } from '../schemas.ts';
import { readThreadPage } from './read-thread.ts';

/** Threads in a complaints space are private from the start: the author and staff only. */
export async function createThread(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateThreadInput,
): Promise<ThreadPageDto> {
  const author = requireActor(actor);
  const threadId = await ctx.database.transaction(async (tx) => {
    const space = await loadSpace(tx.db, { slug: input.space });
    if (!space || !canReadSpace(space, author)) throw spaceErrors.raise.SPACE_NOT_FOUND();
    if (!canPostInSpace(space, author))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'You cannot start threads in this space.' });
    const body = await composeBody(tx.db, input.body);
    await enforceSandbox(ctx, tx.db, author, body);
    const now = ctx.clock.now();
    const thread = await insertThread(tx.db, {
      id: newId(),
      spaceId: space.id,
      authorId: author.userId,
      title: input.title,
      visibility: space.kind === 'complaints' ? 'private' : 'public',
      openingText: body.text,
      lastPostedAt: now,
      lastPosterId: author.userId,
      createdAt: now,
    });
    const post = await insertPost(tx.db, {
      id: newId(),
      threadId: thread.id,
      number: 1,
      authorId: author.userId,
      bodyMarkdown: body.markdown,
      bodyHtml: body.html,
      bodyText: body.text,
      createdAt: now,
    });
    const scope = { thread, space, participantIds: [] };
    await notify(tx, ctx, mentionNotices(scope, post, body.mentioned));
    await announceThreadChanged(tx, ctx, scope);
    await statePost(tx, ctx, forumFacts.threadCreated, scope, post, author);
    return thread.id;
  });
  return readThreadPage(ctx, author, threadId, { page: 1, pageSize: 20 });
}
