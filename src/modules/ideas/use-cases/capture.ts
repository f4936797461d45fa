import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { resolveMembers } from '../../members/index.ts';
import { announceIdeaChanged, auditIdeaAction } from '../events.ts';
import { fail } from '../errors.ts';
import { loadBoard, loadIdea, type IdeaScope } from '../load.ts';
import { ideaPolicy } from '../policy.ts';
import { insertEvents } from '../queries/history.ts';
import { findIdea } from '../queries/ideas.ts';
import type { CaptureInput } from '../schemas.ts';
import { loadSource, type CaptureSource } from '../sources.ts';
import { castVote, type CapturedFrom } from '../voting.ts';
import { ideaView } from './read-idea.ts';
import { insertNewIdea } from './submit-idea.ts';

/** What the capture dialog shows before anything is written: who said it and what. */
export async function previewSource(
  ctx: AppContext,
  actor: Actor | null,
  ref: { kind: CaptureSource['kind']; id: string },
) {
  const staff = ideaPolicy.authorize(actor, 'capture');
  const source = await loadSource(ctx.database.db, staff, ref);
  if (!source.person) throw fail.IDEA_SOURCE_NO_PERSON();
  return { kind: source.kind, name: source.name, link: source.link, excerpt: source.excerpt };
}

/** The member the source speaks of (made when Hearth has not met them yet). */
async function memberOf(tx: Tx, ctx: AppContext, source: CaptureSource): Promise<string> {
  if (!source.person) throw fail.IDEA_SOURCE_NO_PERSON();
  const [memberId] = await resolveMembers(tx, [source.person], ctx.clock.now());
  if (!memberId) throw fail.IDEA_SOURCE_NO_PERSON();
  return memberId;
}

/** A new idea for the person, or the existing one they asked for; neither needs them to post. */
async function targetIdea(
  tx: Tx,
  ctx: AppContext,
  staff: Actor,
  input: CaptureInput,
  who: { memberId: string; source: CaptureSource; captured: CapturedFrom },
): Promise<IdeaScope> {
  if (input.ideaId) return loadIdea(tx.db, input.ideaId, staff, true);
  const idea = input.idea as NonNullable<CaptureInput['idea']>;
  const space = await loadBoard(tx.db, { slug: idea.board }, staff);
  const person = who.source.person as NonNullable<CaptureSource['person']>;
  const row = await insertNewIdea(
    tx,
    ctx,
    space,
    { title: idea.title, body: idea.body, authorId: who.memberId, person },
    { ...who.captured, excerpt: who.source.excerpt },
  );
  return { idea: row, space, mergedFrom: null };
}

/**
 * Staff record an idea or a vote for someone who said it elsewhere (a conversation, a mention, a
 * post): the vote is theirs, with a link back to where it was said, and goes on their timeline.
 * A captured vote is what the person asked for, so the board's budget (a limit on one's own
 * clicks) does not refuse it.
 */
export async function captureIdea(
  ctx: AppContext,
  actor: Actor | null,
  input: CaptureInput,
  meta: RequestMeta,
) {
  const staff = ideaPolicy.authorize(actor, 'capture');
  return ctx.database.transaction(async (tx) => {
    const source = await loadSource(tx.db, staff, input.source);
    const memberId = await memberOf(tx, ctx, source);
    const captured = {
      capturedBy: staff.userId,
      sourceKind: source.kind,
      sourceRef: source.ref,
      sourceLink: source.link,
    };
    const scope = await targetIdea(tx, ctx, staff, input, { memberId, source, captured });
    const person = source.person as NonNullable<CaptureSource['person']>;
    const added = await castVote(tx, ctx, { ...scope, memberId, person }, captured);
    if (added)
      await insertEvents(tx.db, [
        {
          id: newId(),
          ideaId: scope.idea.id,
          kind: 'captured_vote',
          fromStatus: null,
          toStatus: null,
          otherIdeaId: null,
          note: `${source.name}, from a ${source.kind}`,
          byUserId: staff.userId,
          at: ctx.clock.now(),
        },
      ]);
    await auditIdeaAction(tx, ctx, {
      actorId: staff.userId,
      action: input.ideaId ? 'ideas.vote_captured' : 'ideas.idea_captured',
      targetId: scope.idea.id,
      meta,
      data: { memberId, source: source.kind, sourceRef: source.ref, added },
    });
    await announceIdeaChanged(tx, ctx, scope.space, [scope.idea.id]);
    const idea = (await findIdea(tx.db, scope.idea.id)) ?? scope.idea;
    return { idea: await ideaView(tx.db, { ...scope, idea }, staff), memberId, alreadyVoted: !added };
  });
}
