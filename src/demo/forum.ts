import type { AppContext, RequestMeta } from '../context.ts';
import type { Actor } from '../core/actor.ts';
import { fixedClock } from '../core/clock.ts';
import { actorOf, userCardsByRoles, type UserCard } from '../modules/accounts/index.ts';
import {
  acceptAnswer,
  acknowledgeComplaint,
  createThread,
  flagPost,
  markHelpful,
  markOfficial,
  replyToThread,
  setThreadState,
  startDirectMessage,
  takePrivate,
} from '../modules/forum/index.ts';
import { turnEmailOff } from '../modules/notifications/index.ts';
import { demoLogins } from '../modules/system/index.ts';
import {
  liveQuestions,
  liveReplies,
  scriptedThreads,
  weeklyQuestions,
  type ScriptedThread,
} from './forum-script.ts';

const demoMeta: RequestMeta = { ip: '192.0.2.10', userAgent: 'Hearth demo' };

function asActor(card: UserCard): Actor {
  const actor = actorOf(card);
  if (!actor) throw new Error(`${card.handle} cannot act (suspended, or an unknown role)`);
  return actor;
}

interface Cast {
  members: UserCard[];
  staff: UserCard[];
}

async function castOf(ctx: AppContext): Promise<Cast> {
  return {
    members: await userCardsByRoles(ctx.database.db, ['member']),
    staff: await userCardsByRoles(ctx.database.db, ['agent', 'manager', 'staff']),
  };
}

function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('Nothing to pick from');
  return item;
}

const speaker = (list: readonly UserCard[], n: number) => asActor(pick(list, n));

/** Someone from the list other than `not` (nobody marks or flags their own post). */
function other(list: readonly UserCard[], n: number, not: string): Actor {
  const found = [...list.slice(n % list.length), ...list].find((card) => card.id !== not);
  if (!found) throw new Error('Nobody else to pick');
  return asActor(found);
}

/** Plays one scripted conversation through the product's own use cases, the clock moving as people talk. */
async function playThread(
  ctx: AppContext,
  clock: ReturnType<typeof fixedClock>,
  cast: Cast,
  script: ScriptedThread,
  n: number,
): Promise<void> {
  const asker = script.by === 'staff' ? speaker(cast.staff, n) : speaker(cast.members, n);
  const page = await createThread(ctx, asker, {
    space: script.space,
    title: script.title,
    body: script.body,
  });
  const threadId = page.thread.id;
  if (script.pinned) await setThreadState(ctx, speaker(cast.staff, 0), threadId, { pinned: true }, demoMeta);
  if (script.acknowledged) await acknowledgeComplaint(ctx, speaker(cast.staff, n), threadId, demoMeta);
  for (const [i, reply] of script.replies.entries()) {
    clock.advance(47 * 60_000);
    const author =
      reply.by === 'asker'
        ? asker
        : reply.by === 'staff'
          ? speaker(cast.staff, n + i)
          : speaker(cast.members, n + i + 3);
    const { post } = await replyToThread(ctx, author, threadId, reply.body);
    if (reply.official) await markOfficial(ctx, author, post.id, true, demoMeta);
    if (reply.accepted) await acceptAnswer(ctx, asker, threadId, post.id, demoMeta);
    for (let h = 0; h < (reply.helpful ?? 0); h++)
      await markHelpful(ctx, other(cast.members, n + h + 7, author.userId), post.id, true);
    if (script.flaggedReply === i)
      await flagPost(ctx, other(cast.members, n + 11, author.userId), post.id, {
        reason: 'spam',
        note: 'Looks like an ad.',
      });
  }
  if (script.takenPrivate)
    await takePrivate(ctx, speaker(cast.staff, n), threadId, script.takenPrivate, demoMeta);
}

/**
 * Two months of weekly questions before the fortnight, answered by the same two helpers (members
 * 5 and 6 of the cast) and accepted, with a third (member 7) chiming in.
 */
async function playWeeklyQuestions(ctx: AppContext, cast: Cast): Promise<void> {
  const start = ctx.clock.now().getTime() - (weeklyQuestions.length + 1) * 7 * 86_400_000;
  const clock = fixedClock(new Date(start));
  const past: AppContext = { ...ctx, clock };
  for (const [n, question] of weeklyQuestions.entries()) {
    const asker = speaker(cast.members, 10 + n);
    const page = await createThread(past, asker, {
      space: 'questions',
      title: question.title,
      body: question.body,
    });
    clock.advance(3 * 3_600_000);
    const { post } = await replyToThread(
      past,
      speaker(cast.members, 5 + (n % 2)),
      page.thread.id,
      question.answer,
    );
    clock.advance(2 * 3_600_000);
    await acceptAnswer(past, asker, page.thread.id, post.id, demoMeta);
    await replyToThread(past, speaker(cast.members, 7), page.thread.id, question.thanks);
    clock.advance(7 * 86_400_000 - 5 * 3_600_000);
  }
}

/**
 * Invented members have no mailbox: their notifications stay in the app, and the log shows only
 * the emails of the demo logins people actually use.
 */
export async function quietInbox(ctx: AppContext, userId: string): Promise<void> {
  await turnEmailOff(ctx.database.db, userId, ctx.clock.now());
}

/**
 * The demo's forum history: a fortnight of conversations played through the real use cases with a
 * clock that starts two weeks ago, so pages, queues and notifications look lived in.
 */
export async function seedDemoForum(ctx: AppContext): Promise<void> {
  const clock = fixedClock(new Date(ctx.clock.now().getTime() - 14 * 86_400_000));
  const past: AppContext = { ...ctx, clock };
  const cast = await castOf(past);
  if (cast.members.length === 0 || cast.staff.length === 0) return;
  const logins = new Set(demoLogins.map((login) => login.email.split('@')[0]));
  for (const member of cast.members) if (!logins.has(member.handle)) await quietInbox(ctx, member.id);
  await playWeeklyQuestions(ctx, cast);
  for (const [n, script] of scriptedThreads.entries()) {
    await playThread(past, clock, cast, script, n);
    clock.advance(26 * 3_600_000);
  }
  await startDirectMessage(past, speaker(cast.members, 1), {
    to: pick(cast.staff, 0).handle,
    title: 'Question about my warranty',
    body: 'Hi! Does the warranty cover the room sensor too?',
  });
}

/**
 * The live demo's forum: every step someone asks, answers (now and then mentioning the asker), or
 * accepts an answer, through the same use cases as people do, so notifications and pages go live.
 */
export class DemoForumActivity {
  private tick = 0;
  private waiting: { threadId: string; asker: UserCard; answerId: string | null } | null = null;

  constructor(private readonly ctx: AppContext) {}

  async step(): Promise<void> {
    const cast = await castOf(this.ctx);
    if (cast.members.length < 2 || cast.staff.length === 0) return;
    const n = this.tick++;
    const waiting = this.waiting;
    if (!waiting) {
      const asker = pick(cast.members, n * 7);
      const page = await createThread(this.ctx, asActor(asker), {
        space: 'questions',
        ...pick(liveQuestions, n),
      });
      this.waiting = { threadId: page.thread.id, asker, answerId: null };
      return;
    }
    if (!waiting.answerId) {
      const answerer = n % 4 === 0 ? speaker(cast.staff, n) : speaker(cast.members, n * 7 + 3);
      const body = pick(liveReplies, n).replace('{asker}', waiting.asker.handle);
      const { post } = await replyToThread(this.ctx, answerer, waiting.threadId, body);
      waiting.answerId = post.id;
      return;
    }
    if (n % 3 !== 0)
      await acceptAnswer(this.ctx, asActor(waiting.asker), waiting.threadId, waiting.answerId, demoMeta);
    this.waiting = null;
  }
}
