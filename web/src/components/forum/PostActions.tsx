import { useAcceptAnswer, useHelpful, useHidePost, useOfficial } from '../../api/forum.ts';
import type { Post, Thread } from '../../api/types.ts';
import { errorMessage } from '../Feedback.tsx';

export type PostPanel = 'edit' | 'flag' | 'history';

export interface PostActionsProps {
  thread: Thread;
  post: Post;
  onOpen: (panel: PostPanel) => void;
  onQuote?: (post: Post) => void;
}

function helpfulText(count: number): string {
  return count === 1 ? '1 person found this helpful' : `${count} people found this helpful`;
}

/** What the reader may do with a post: helpful, accept, quote, edit, flag, history, moderation. */
export function PostActions({ thread, post, onOpen, onQuote }: PostActionsProps) {
  const helpful = useHelpful(thread.id);
  const accept = useAcceptAnswer(thread.id);
  const official = useOfficial(thread.id);
  const hide = useHidePost(thread.id);
  const failed = [helpful, accept, official, hide].find((mutation) => mutation.isError);
  // Quotes and edits start from the post's Markdown source, which only signed-in readers get.
  const canQuote = onQuote && post.kind === 'post' && post.markdown !== null;
  return (
    <div className="post-actions">
      {post.can.helpful ? (
        <button
          type="button"
          className="button button-small"
          aria-pressed={post.helpfulByMe}
          disabled={helpful.isPending}
          onClick={() => helpful.mutate({ postId: post.id, helpful: !post.helpfulByMe })}
          data-testid="helpful-button"
        >
          Helpful <span className="helpful-count">{post.helpfulCount}</span>
        </button>
      ) : post.helpfulCount > 0 ? (
        <span className="muted small">{helpfulText(post.helpfulCount)}</span>
      ) : null}
      {post.can.accept ? (
        <button
          type="button"
          className={post.accepted ? 'button button-small' : 'button button-small button-success'}
          disabled={accept.isPending}
          onClick={() => accept.mutate(post.accepted ? null : post.id)}
        >
          {post.accepted ? 'Unaccept' : 'Accept answer'}
        </button>
      ) : null}
      {canQuote ? (
        <button type="button" className="button button-small" onClick={() => onQuote(post)}>
          Quote
        </button>
      ) : null}
      {post.can.edit && post.markdown !== null ? (
        <button type="button" className="button button-small" onClick={() => onOpen('edit')}>
          Edit
        </button>
      ) : null}
      {thread.can.seeHistory && post.editCount > 0 ? (
        <button type="button" className="button button-small" onClick={() => onOpen('history')}>
          History
        </button>
      ) : null}
      {post.can.markOfficial ? (
        <button
          type="button"
          className="button button-small"
          disabled={official.isPending}
          onClick={() => official.mutate({ postId: post.id, official: !post.official })}
        >
          {post.official ? 'Unmark official' : 'Mark as official response'}
        </button>
      ) : null}
      {post.can.moderate && post.kind === 'post' ? (
        <button
          type="button"
          className="button button-small"
          disabled={hide.isPending}
          onClick={() => hide.mutate({ postId: post.id, hide: !post.hidden })}
        >
          {post.hidden ? 'Unhide' : 'Hide'}
        </button>
      ) : null}
      {post.can.flag ? (
        <button type="button" className="button button-small button-quiet" onClick={() => onOpen('flag')}>
          Flag
        </button>
      ) : null}
      {failed ? (
        <p className="field-error post-action-error" role="alert">
          {errorMessage(failed.error)}
        </p>
      ) : null}
    </div>
  );
}
