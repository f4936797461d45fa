import type { AppContext } from '../../context.ts';
import type { Actor } from '../../core/actor.ts';
import { countLinksAndImages, htmlToText, mentionCandidates, renderMarkdown } from '../../core/markdown.ts';
import type { Db } from '../../db/index.ts';
import { userCards, userCardsByHandles, type UserCard } from '../accounts/index.ts';
import { readCommunitySettings } from '../system/index.ts';
import { fail } from './errors.ts';
import { countPostsSince } from './queries/posts.ts';

export interface ComposedBody {
  markdown: string;
  html: string;
  text: string;
  mentioned: UserCard[];
}

const hourMs = 60 * 60 * 1000;

/** Renders what someone wrote, once, with links for the @handles that exist. */
export async function composeBody(db: Db, markdown: string): Promise<ComposedBody> {
  const mentioned = await userCardsByHandles(db, mentionCandidates(markdown));
  const html = renderMarkdown(markdown, {
    mentionable: new Set(mentioned.map((c) => c.handle.toLowerCase())),
  });
  return { markdown, html, text: htmlToText(html), mentioned };
}

/**
 * New members are sandboxed like Discourse's trust level 0: a few links and mentions per post, no
 * images, a few posts an hour. Staff and anyone older than the sandbox period are free.
 */
export async function enforceSandbox(
  ctx: AppContext,
  db: Db,
  actor: Actor,
  body: ComposedBody,
): Promise<void> {
  if (actor.role !== 'member' && actor.role !== 'guest') return;
  const settings = await readCommunitySettings(db);
  const card = (await userCards(db, [actor.userId])).get(actor.userId);
  const now = ctx.clock.now();
  if (!card || now.getTime() - card.createdAt.getTime() >= settings.sandboxDays * 24 * hourMs) return;
  const counts = countLinksAndImages(body.html);
  const problems: { path: string; message: string }[] = [];
  if (counts.links > settings.sandboxMaxLinks)
    problems.push({ path: 'body', message: `At most ${settings.sandboxMaxLinks} links for now.` });
  if (counts.mentions > settings.sandboxMaxMentions)
    problems.push({ path: 'body', message: `At most ${settings.sandboxMaxMentions} mentions for now.` });
  if (counts.images > 0) problems.push({ path: 'body', message: 'Images come a little later.' });
  if (problems.length > 0) throw fail.SANDBOX_LIMIT({ fields: problems });
  const recent = await countPostsSince(db, actor.userId, new Date(now.getTime() - hourMs));
  if (recent >= settings.sandboxPostsPerHour) throw fail.SANDBOX_RATE({ headers: { 'retry-after': '600' } });
}
