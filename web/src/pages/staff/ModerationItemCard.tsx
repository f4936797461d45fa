import { useId } from 'react';
import { Link } from 'react-router';
import type { FlagReason, ModerationItem, ReviewAction } from '../../api/types.ts';
import { Badge, Time } from '../../components/Bits.tsx';

const REASONS: Record<FlagReason, string> = {
  spam: 'Spam',
  abuse: 'Abuse',
  off_topic: 'Off topic',
  other: 'Other',
};

interface ActionButton {
  action: ReviewAction;
  label: string;
  danger?: boolean;
}

/** What a moderator can decide, given whether (and why) the post is hidden now. */
function actionsFor(item: ModerationItem): { buttons: ActionButton[]; note: string } {
  const { post } = item;
  if (!post.hidden) {
    return {
      buttons: [
        { action: 'hide', label: 'Hide', danger: true },
        { action: 'dismiss', label: 'Dismiss flags' },
      ],
      note: 'Hiding keeps the post in place with a note; dismissing leaves it as it is.',
    };
  }
  if (post.hiddenReason === 'flags') {
    return {
      buttons: [
        { action: 'hide', label: 'Keep hidden', danger: true },
        { action: 'dismiss', label: 'Dismiss flags' },
      ],
      note: 'Enough flags hid this post automatically. Dismissing the flags shows it again.',
    };
  }
  return {
    buttons: [
      { action: 'hide', label: 'Keep hidden', danger: true },
      { action: 'unhide', label: 'Unhide' },
    ],
    note: 'A moderator hid this post earlier. Unhiding shows it again.',
  };
}

export function postHref(item: ModerationItem): string {
  return `/t/${encodeURIComponent(item.thread.id)}#post-${item.post.id}`;
}

/** One flagged post: where it is, what it says, every flag, and the decisions. */
export function ModerationItemCard({
  item,
  pending,
  error,
  onReview,
}: {
  item: ModerationItem;
  pending: boolean;
  error?: string;
  onReview: (item: ModerationItem, action: ReviewAction) => void;
}) {
  const headingId = useId();
  const { post, thread, flags } = item;
  const { buttons, note } = actionsFor(item);
  return (
    <article
      className="card moderation-item"
      aria-labelledby={headingId}
      data-testid="moderation-item"
      data-post-id={post.id}
      data-hidden={post.hidden}
      tabIndex={-1}
    >
      <div className="moderation-item-head">
        <h2 className="moderation-item-title" id={headingId}>
          <Link to={postHref(item)}>{thread.title}</Link>
        </h2>
        {post.hidden ? (
          <Badge tone="danger">{post.hiddenReason === 'flags' ? 'Hidden by flags' : 'Hidden'}</Badge>
        ) : (
          <Badge tone="success">Visible</Badge>
        )}
      </div>
      <p className="moderation-item-meta">
        {thread.space ? `${thread.space.name} · ` : ''}
        {post.number === 1 ? 'Opening post' : `Reply #${post.number - 1}`} by{' '}
        {post.author ? (
          <Link to={`/people/${encodeURIComponent(post.author.handle)}`}>{post.author.name}</Link>
        ) : (
          'a former member'
        )}{' '}
        · <Time iso={post.createdAt} relative />
      </p>
      <div
        className="moderation-post"
        data-testid="moderation-post"
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
      <h3 className="moderation-flags-title">{flags.length === 1 ? '1 flag' : `${flags.length} flags`}</h3>
      <ul className="flag-list">
        {flags.map((flag) => (
          <li key={flag.id} className="flag" data-testid="flag">
            <Badge tone={flag.reason === 'abuse' ? 'danger' : flag.reason === 'spam' ? 'warning' : 'neutral'}>
              {REASONS[flag.reason]}
            </Badge>
            <span className="flag-by">
              by {flag.flagger?.name ?? 'a former member'}, <Time iso={flag.createdAt} relative />
            </span>
            {flag.note ? <p className="flag-note">“{flag.note}”</p> : null}
          </li>
        ))}
      </ul>
      <p className="moderation-note">{note}</p>
      <div className="moderation-actions">
        {buttons.map((button) => (
          <button
            key={button.action}
            type="button"
            className={button.danger ? 'button button-danger-outline' : 'button'}
            aria-describedby={headingId}
            disabled={pending}
            onClick={() => onReview(item, button.action)}
          >
            {button.label}
          </button>
        ))}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
