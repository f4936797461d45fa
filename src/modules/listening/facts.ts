import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import type { NewItem } from './queries/items.ts';

/** Facts listening states for other modules (members puts mentions on their authors' timelines). */
export const listeningFacts = {
  mentionsStored: 'listening.mentions_stored',
} as const;

/** One stored mention, as much as another module may know of it. */
export interface MentionFact {
  itemId: string;
  platform: string;
  authorName: string | null;
  authorHandle: string | null;
  authorEmail: string | null;
  title: string | null;
  text: string;
  url: string | null;
  sentiment: number;
  intent: string;
  publishedAt: string;
}

const factTextChars = 280;

export async function stateMentionsStored(tx: Tx, ctx: AppContext, rows: readonly NewItem[]): Promise<void> {
  const mentions: MentionFact[] = rows.map((row) => ({
    itemId: row.id,
    platform: row.platform,
    authorName: row.authorName,
    authorHandle: row.authorHandle,
    authorEmail: row.authorEmail,
    title: row.title,
    text: row.body.slice(0, factTextChars),
    url: row.url,
    sentiment: row.sentiment,
    intent: row.intent,
    publishedAt: row.publishedAt.toISOString(),
  }));
  await ctx.events.emit(tx, { type: listeningFacts.mentionsStored, data: { mentions } });
}
