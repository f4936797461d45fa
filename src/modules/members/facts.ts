import type { AppContext } from '../../context.ts';
import type { DomainEvent } from '../../events/index.ts';
import type { Tx } from '../../db/index.ts';
import { accountFacts, type AccountFact } from '../accounts/index.ts';
import { forumFacts, type ForumPostFact } from '../forum/index.ts';
import { listeningFacts } from '../listening/index.ts';
import { accountPerson } from './accounts.ts';
import { onMentionsStored } from './mentions.ts';
import { recordActivities } from './use-cases/record-activities.ts';
import { resolveMembers } from './use-cases/resolve-members.ts';

/** Each account is a member from the start; confirming an email may merge an earlier stranger in. */
async function onAccount(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const person = await accountPerson(tx.db, (event.data as AccountFact).userId);
  if (person) await resolveMembers(tx, [person], ctx.clock.now());
}

async function onForumPost(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const post = event.data as ForumPostFact;
  const person = await accountPerson(tx.db, post.authorId);
  if (!person) return;
  const opened = event.type === forumFacts.threadCreated;
  await recordActivities(
    tx,
    [
      {
        person,
        kind: opened ? 'thread' : 'reply',
        refId: post.postId,
        title: opened ? post.title : `Re: ${post.title}`,
        excerpt: post.text,
        link: `/t/${post.threadId}?post=${post.postId}`,
        facts: { space: post.spaceSlug, spaceKind: post.spaceKind, threadId: post.threadId },
        at: post.createdAt,
      },
    ],
    ctx.clock.now(),
  );
}

/** What other modules state about people, put on their members' timelines in the same transaction. */
export function subscribeToFacts(ctx: AppContext): void {
  for (const type of [accountFacts.userCreated, accountFacts.emailVerified])
    ctx.events.on(type, (tx, event) => onAccount(tx, ctx, event));
  for (const type of [forumFacts.threadCreated, forumFacts.replyPosted])
    ctx.events.on(type, (tx, event) => onForumPost(tx, ctx, event));
  ctx.events.on(listeningFacts.mentionsStored, (tx, event) => onMentionsStored(tx, ctx, event));
}
