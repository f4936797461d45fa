import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ThreadSummary } from '../../api/types.ts';
import { Time } from '../Bits.tsx';
import { ThreadBadges } from './ThreadBadges.tsx';

function replies(count: number): string {
  if (count === 0) return 'No replies yet';
  return count === 1 ? '1 reply' : `${count} replies`;
}

export interface ThreadListItemProps {
  thread: ThreadSummary;
  /** Show which space the thread is in (lists that mix spaces). */
  showSpace?: boolean;
  /** Replaces the excerpt, e.g. a search highlight. */
  children?: ReactNode;
}

/** One thread in a list: title link, badges, excerpt, who started it, replies, last activity and by whom. */
export function ThreadListItem({ thread, showSpace = false, children }: ThreadListItemProps) {
  return (
    <li className="thread-item" data-testid="thread-item" data-thread-id={thread.id}>
      <div className="thread-item-head">
        <Link className="thread-item-title" to={`/t/${thread.id}`}>
          {thread.title}
        </Link>
        <ThreadBadges thread={thread} />
      </div>
      {children ?? (thread.excerpt ? <p className="thread-item-excerpt">{thread.excerpt}</p> : null)}
      <p className="thread-item-meta muted small">
        {showSpace && thread.space ? (
          <>
            <Link to={`/c/${thread.space.slug}`}>{thread.space.name}</Link>
            {' · '}
          </>
        ) : null}
        {thread.author ? `by ${thread.author.name} · ` : ''}
        <span data-testid="reply-count">{replies(thread.replyCount)}</span>
        {' · last activity '}
        <Time iso={thread.lastPostedAt} relative />
        {thread.replyCount > 0 && thread.lastPoster ? (
          <span data-testid="last-poster">{`, last reply by ${thread.lastPoster.name}`}</span>
        ) : null}
      </p>
    </li>
  );
}
