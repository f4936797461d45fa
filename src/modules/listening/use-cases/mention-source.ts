import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { listeningPolicy } from '../policy.ts';
import { findItem } from '../queries/items.ts';

/** What another module may quote of a mention (e.g. an idea captured from it), with its author. */
export interface MentionSource {
  title: string | null;
  author: { name: string | null; handle: string | null; email: string | null; platform: string };
  link: string;
  excerpt: string;
}

/** The mention, for someone who may read the stream; null when it does not exist for them. */
export async function mentionSource(db: Db, actor: Actor | null, id: string): Promise<MentionSource | null> {
  if (!listeningPolicy.can(actor, 'read')) return null;
  const item = await findItem(db, id);
  if (!item) return null;
  return {
    title: item.title,
    author: {
      name: item.authorName,
      handle: item.authorHandle,
      email: item.authorEmail,
      platform: item.platform,
    },
    link: `/listening/items/${item.id}`,
    excerpt: item.body,
  };
}
