import type { NotificationDraft } from '../notifications/index.ts';
import type { IdeaRow } from './queries/ideas.ts';
import { statusLabels, type IdeaStatus } from './statuses.ts';

const responseChars = 160;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > responseChars ? `${flat.slice(0, responseChars - 1)}…` : flat;
}

/**
 * What followers read when an idea moves: the title, the new status and the start of the official
 * response (the email carries the same line, so it says what changed without opening Hearth).
 * Shipping is its own kind, so people can tell "it's live" apart from "it moved along".
 */
export function statusNotices(
  idea: IdeaRow,
  status: IdeaStatus,
  response: string | null,
  recipients: readonly string[],
  actorId: string,
): NotificationDraft[] {
  const said = response ? `: ${shortened(response)}` : '';
  const shipped = status === 'shipped';
  const title = shipped
    ? `“${idea.title}” has shipped${said}`
    : `“${idea.title}” is now ${statusLabels[status].toLowerCase()}${said}`;
  return recipients
    .filter((userId) => userId !== actorId)
    .map((userId) => ({
      userId,
      kind: shipped ? 'idea_shipped' : 'idea_status',
      actorId,
      threadId: null,
      postId: null,
      link: `/ideas/${idea.id}`,
      title,
    }));
}

/** The voters and followers of a duplicate hear where their vote went. */
export function mergeNotices(
  from: IdeaRow,
  into: IdeaRow,
  recipients: readonly string[],
  actorId: string,
): NotificationDraft[] {
  return recipients
    .filter((userId) => userId !== actorId)
    .map((userId) => ({
      userId,
      kind: 'idea_merged',
      actorId,
      threadId: null,
      postId: null,
      link: `/ideas/${into.id}`,
      title: `“${from.title}” was merged into “${into.title}”: your vote and follow moved with it`,
    }));
}
