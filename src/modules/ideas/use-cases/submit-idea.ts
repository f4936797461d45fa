import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { policyErrors, requireActor } from '../../../core/policy.ts';
import type { Tx } from '../../../db/index.ts';
import { recordActivities, type PersonInput } from '../../members/index.ts';
import type { SpaceWithModerators } from '../../spaces/index.ts';
import { announceIdeaChanged } from '../events.ts';
import { loadBoard } from '../load.ts';
import { accountPerson } from '../people.ts';
import { canSubmit } from '../policy.ts';
import { addFollowers } from '../queries/followers.ts';
import { insertIdea, similarTitles, type IdeaRow } from '../queries/ideas.ts';
import type { SubmitIdeaInput } from '../schemas.ts';
import type { IdeaDto } from '../schemas.ts';
import type { CapturedFrom } from '../voting.ts';
import { ideaView } from './read-idea.ts';

/**
 * Writes a new idea for its author (a signed-in member, or someone staff heard): the author
 * follows it, and it goes on their timeline.
 */
export async function insertNewIdea(
  tx: Tx,
  ctx: AppContext,
  space: SpaceWithModerators,
  input: SubmitIdeaInput & { authorId: string; person: PersonInput },
  captured: (CapturedFrom & { excerpt: string }) | null,
): Promise<IdeaRow> {
  const now = ctx.clock.now();
  const idea = await insertIdea(tx.db, {
    id: newId(),
    spaceId: space.id,
    title: input.title,
    body: input.body,
    authorId: input.authorId,
    capturedBy: captured?.capturedBy ?? null,
    sourceKind: captured?.sourceKind ?? null,
    sourceRef: captured?.sourceRef ?? null,
    sourceLink: captured?.sourceLink ?? null,
    sourceExcerpt: captured?.excerpt ?? null,
    statusAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await addFollowers(tx.db, idea.id, [input.authorId], now);
  await recordActivities(
    tx,
    [
      {
        person: input.person,
        kind: 'idea',
        refId: idea.id,
        title: idea.title,
        excerpt: idea.body,
        link: `/ideas/${idea.id}`,
        facts: { board: space.slug, capturedFrom: captured?.sourceKind ?? null },
        at: now,
      },
    ],
    now,
  );
  await announceIdeaChanged(tx, ctx, space, [idea.id]);
  return idea;
}

/** A member suggests an idea on a board (Markdown body, rendered and sanitised when read). */
export async function submitIdea(
  ctx: AppContext,
  actor: Actor | null,
  slug: string,
  input: SubmitIdeaInput,
): Promise<IdeaDto> {
  const author = requireActor(actor);
  return ctx.database.transaction(async (tx) => {
    const space = await loadBoard(tx.db, { slug }, author);
    if (!canSubmit(space, author))
      throw policyErrors.raise.AUTH_FORBIDDEN({ message: 'Your role cannot submit ideas on this board.' });
    const idea = await insertNewIdea(
      tx,
      ctx,
      space,
      { ...input, authorId: author.userId, person: accountPerson(author) },
      null,
    );
    return ideaView(tx.db, { idea, space, mergedFrom: null }, author);
  });
}

/** Ideas on the board whose titles look like this one: shown while someone types, against duplicates. */
export async function similarIdeas(ctx: AppContext, actor: Actor | null, slug: string, title: string) {
  const db = ctx.database.db;
  const space = await loadBoard(db, { slug }, actor);
  const found = await similarTitles(db, [space.id], title, 5);
  return found.map(({ id, title: text, status, voteCount }) => ({
    id,
    title: text,
    status: status as IdeaDto['status'],
    voteCount,
  }));
}
