import type { AppContext } from '../../context.ts';
import type { DomainEvent } from '../../events/index.ts';
import type { Tx } from '../../db/index.ts';
import { accountFacts, type AccountFact } from '../accounts/index.ts';
import { forumFacts, type AnswerAcceptedFact, type ForumPostFact } from '../forum/index.ts';
import { listeningFacts } from '../listening/index.ts';
import {
  inboxFacts,
  type ConversationOpenedFact,
  type ConversationRatedFact,
  type SlaBreachedFact,
} from '../inbox/index.ts';
import { accountPerson, contactPerson } from './accounts.ts';
import { mailOutcomeFact, type MailOutcome } from '../../mail/index.ts';
import { trackPrefix } from './messages.ts';
import { onMentionsStored } from './mentions.ts';
import { setMessageOutcome } from './queries/messages.ts';
import { deleteActivity } from './queries/activities.ts';
import { recordActivities, type ActivityInput } from './use-cases/record-activities.ts';
import { requestReviews } from './use-cases/review-requests.ts';
import { resolveMembers, type PersonInput } from './use-cases/resolve-members.ts';

/** Each account is a member from the start; confirming an email may merge an earlier stranger in. */
async function onAccount(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const person = await accountPerson(tx.db, (event.data as AccountFact).userId);
  if (person) await resolveMembers(tx, [person], ctx.clock.now());
}

/** One activity on the timeline of the person it is about, when Hearth can tell who that is. */
async function recordFor(
  tx: Tx,
  ctx: AppContext,
  person: PersonInput | null,
  entry: Omit<ActivityInput, 'person'>,
): Promise<void> {
  if (person) await recordActivities(tx, [{ ...entry, person }], ctx.clock.now());
}

async function onForumPost(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const post = event.data as ForumPostFact;
  const opened = event.type === forumFacts.threadCreated;
  await recordFor(tx, ctx, await accountPerson(tx.db, post.authorId), {
    kind: opened ? 'thread' : 'reply',
    refId: post.postId,
    title: opened ? post.title : `Re: ${post.title}`,
    excerpt: post.text,
    link: `/t/${post.threadId}?post=${post.postId}`,
    facts: { space: post.spaceSlug, spaceKind: post.spaceKind, threadId: post.threadId },
    at: post.createdAt,
  });
}

/** An accepted answer counts for its author (advocates are those most often accepted). */
async function onAnswerAccepted(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const accepted = event.data as AnswerAcceptedFact;
  if (accepted.previousPostId) await deleteActivity(tx.sql, 'answer_accepted', accepted.previousPostId);
  if (!accepted.postId || !accepted.answerAuthorId) return;
  await recordFor(tx, ctx, await accountPerson(tx.db, accepted.answerAuthorId), {
    kind: 'answer_accepted',
    refId: accepted.postId,
    title: `Answer accepted: ${accepted.title}`,
    link: `/t/${accepted.threadId}?post=${accepted.postId}`,
    facts: { space: accepted.spaceSlug, byCommunity: accepted.solvedByCommunity },
    at: accepted.at,
  });
}

const sameAsItsSource = new Set(['forum', 'listening']);

async function onConversationOpened(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const opened = event.data as ConversationOpenedFact;
  // A forum question or a mention is on the timeline already, as itself.
  if (sameAsItsSource.has(opened.contact.channel)) return;
  await recordFor(tx, ctx, await contactPerson(tx.db, opened.contact), {
    kind: 'conversation',
    refId: opened.conversationId,
    title: opened.subject,
    excerpt: opened.text,
    link: `/inbox/c/${opened.conversationId}`,
    facts: { channel: opened.contact.channel },
    at: new Date(opened.at),
  });
}

/** A rating of 4 or 5 is a happy customer: one who may be asked for a review (once). */
async function onConversationRated(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const rated = event.data as ConversationRatedFact;
  const person = await contactPerson(tx.db, rated.contact);
  await recordFor(tx, ctx, person, {
    kind: 'csat',
    refId: rated.conversationId,
    title: `Rated "${rated.subject}" ${rated.rating} of 5`,
    excerpt: rated.comment ?? '',
    link: `/inbox/c/${rated.conversationId}`,
    facts: { rating: rated.rating, channel: rated.contact.channel },
    at: new Date(rated.at),
  });
  if (person && rated.rating >= 4) {
    const [memberId] = await resolveMembers(tx, [person], ctx.clock.now());
    if (memberId) await requestReviews(tx, ctx, [memberId], `rating our help with "${rated.subject}"`);
  }
}

const promises: Record<string, string> = {
  first_response: 'first reply',
  next_response: 'next reply',
  resolution: 'resolution',
};

/** A promise we broke them (a reply or resolution past its SLA) counts against how they feel about us. */
async function onSlaBreached(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const breached = event.data as SlaBreachedFact;
  await recordFor(tx, ctx, await contactPerson(tx.db, breached.contact), {
    kind: 'sla_miss',
    refId: `${breached.conversationId}:${breached.metric}`,
    title: `We missed the promised ${promises[breached.metric] ?? breached.metric} on "${breached.subject}"`,
    link: `/inbox/c/${breached.conversationId}`,
    facts: { metric: breached.metric, channel: breached.contact.channel },
    at: new Date(breached.at),
  });
}

/** The mail job's word on a tracked email: a member message becomes sent, or failed with why. */
async function onMailOutcome(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const outcome = event.data as MailOutcome;
  if (!outcome.track.startsWith(trackPrefix)) return;
  const id = outcome.track.slice(trackPrefix.length);
  await setMessageOutcome(tx.db, id, outcome.sent, outcome.detail, ctx.clock.now());
}

/** What other modules state about people, put on their members' timelines in the same transaction. */
export function subscribeToFacts(ctx: AppContext): void {
  for (const type of [accountFacts.userCreated, accountFacts.emailVerified])
    ctx.events.on(type, (tx, event) => onAccount(tx, ctx, event));
  for (const type of [forumFacts.threadCreated, forumFacts.replyPosted])
    ctx.events.on(type, (tx, event) => onForumPost(tx, ctx, event));
  ctx.events.on(forumFacts.answerAccepted, (tx, event) => onAnswerAccepted(tx, ctx, event));
  ctx.events.on(listeningFacts.mentionsStored, (tx, event) => onMentionsStored(tx, ctx, event));
  ctx.events.on(inboxFacts.conversationOpened, (tx, event) => onConversationOpened(tx, ctx, event));
  ctx.events.on(inboxFacts.conversationRated, (tx, event) => onConversationRated(tx, ctx, event));
  ctx.events.on(inboxFacts.slaBreached, (tx, event) => onSlaBreached(tx, ctx, event));
  ctx.events.on(mailOutcomeFact, (tx, event) => onMailOutcome(tx, ctx, event));
}
