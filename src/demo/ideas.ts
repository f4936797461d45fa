import type { AppContext } from '../context.ts';
import type { Actor } from '../core/actor.ts';
import { fixedClock } from '../core/clock.ts';
import { AppError } from '../core/errors.ts';
import { actorOf, userCardsByRoles, type UserCard } from '../modules/accounts/index.ts';
import {
  captureIdea,
  commentOnIdea,
  configureBoard,
  listIdeas,
  mergeIdeas,
  setIdeaStatus,
  submitIdea,
  voteForIdea,
} from '../modules/ideas/index.ts';
import { ingestMessage } from '../modules/inbox/index.ts';
import { seededRandom } from '../modules/forum/index.ts';
import { capturedRequest, duplicateIdea, scriptedIdeas } from './ideas-script.ts';

const day = 86_400_000;
const board = 'ideas';
const meta = { ip: null, userAgent: 'Hearth demo' };

/** A vote the board refuses (the member's budget is spent) is simply not cast; anything else is a bug. */
function refused(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
}

function actorsOf(cards: readonly UserCard[]): Actor[] {
  return cards.flatMap((card) => actorOf(card) ?? []);
}

async function castOf(ctx: AppContext) {
  const db = ctx.database.db;
  return {
    members: actorsOf(await userCardsByRoles(db, ['member'])),
    manager: actorsOf(await userCardsByRoles(db, ['manager']))[0],
    agent: actorsOf(await userCardsByRoles(db, ['agent']))[0],
  };
}

/** `count` members, from the n-th on, wrapping around: votes spread over everyone. */
function some<T>(list: readonly T[], from: number, count: number): T[] {
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(from + i) % list.length] as T);
}

/** The demo's ideas board: a dozen ideas in every status, votes, responses, a merged duplicate and a captured request. */
export async function seedDemoIdeas(ctx: AppContext): Promise<void> {
  const clock = fixedClock(new Date(ctx.clock.now().getTime() - 40 * day));
  const past: AppContext = { ...ctx, clock };
  const { members, manager, agent } = await castOf(ctx);
  if (members.length === 0 || !manager || !agent) return;
  await configureBoard(past, manager, board, { voteBudget: 10 }, meta);
  const ids = new Map<string, string>();
  for (const [n, script] of scriptedIdeas.entries()) {
    const author = members[n % members.length] as Actor;
    const idea = await submitIdea(past, author, board, { title: script.title, body: script.body });
    ids.set(script.title, idea.id);
    for (const voter of some(members, n * 3 + 1, script.votes)) {
      clock.advance(40 * 60_000);
      await voteForIdea(past, voter, idea.id).catch(refused);
    }
    if (script.comment)
      await commentOnIdea(past, some(members, n + 5, 1)[0] as Actor, idea.id, script.comment);
    clock.advance(2 * day);
    if (script.status !== 'new')
      await setIdeaStatus(
        past,
        manager,
        idea.id,
        { status: script.status, ...(script.response ? { response: script.response } : {}) },
        meta,
      );
  }
  await seedDuplicate(past, members, manager, ids.get(duplicateIdea.into));
  await seedCapture(ctx, agent);
}

async function seedDuplicate(
  ctx: AppContext,
  members: readonly Actor[],
  manager: Actor,
  intoId: string | undefined,
): Promise<void> {
  if (!intoId) return;
  const duplicate = await submitIdea(ctx, members[members.length - 1] as Actor, board, duplicateIdea);
  for (const voter of some(members, members.length - 2, duplicateIdea.votes))
    await voteForIdea(ctx, voter, duplicate.id).catch(refused);
  await mergeIdeas(ctx, manager, duplicate.id, intoId, meta);
}

/** A customer writes to support asking for a feature; the agent captures it for them. */
async function seedCapture(ctx: AppContext, agent: Actor): Promise<void> {
  const at = new Date(ctx.clock.now().getTime() - 3 * day);
  const opened = await ctx.database.transaction((tx) =>
    ingestMessage(tx, ctx, {
      channel: 'api',
      conversationRef: 'demo-vacation-mode',
      externalId: 'api:demo-vacation-mode',
      subject: capturedRequest.subject,
      text: capturedRequest.text,
      html: `<p>${capturedRequest.text}</p>`,
      from: { memberId: null, name: capturedRequest.name, address: capturedRequest.address },
      at,
      direction: 'in',
      opens: true,
    }),
  );
  if (!opened.conversationId) return;
  await captureIdea(
    { ...ctx, clock: fixedClock(new Date(at.getTime() + 2 * 3_600_000)) },
    agent,
    { source: { kind: 'conversation', id: opened.conversationId }, idea: { board, ...capturedRequest.idea } },
    meta,
  );
}

/** The live demo's board: now and then a member votes for an open idea (within their budget). */
export class DemoIdeasActivity {
  private readonly random = seededRandom(Date.now() % 100_000);

  constructor(private readonly ctx: AppContext) {}

  async step(): Promise<void> {
    const { members } = await castOf(this.ctx);
    const voter = members[Math.floor(this.random() * members.length)];
    if (!voter) return;
    const open = await listIdeas(this.ctx, voter, board, { sort: 'trending', status: 'open', limit: 30 });
    const candidates = open.items.filter((item) => !item.voted);
    const idea = candidates[Math.floor(this.random() * candidates.length)];
    if (idea) await voteForIdea(this.ctx, voter, idea.id).catch(refused);
  }
}
