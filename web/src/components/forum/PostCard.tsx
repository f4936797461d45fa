import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { pageOfPost } from '../../api/forum.ts';
import type { Post, Thread } from '../../api/types.ts';
import { Badge, Time } from '../Bits.tsx';
import { LiveMessage } from '../Feedback.tsx';
import { AuthorLine } from './AuthorLine.tsx';
import { FlagDialog } from './FlagDialog.tsx';
import { HistoryDialog } from './HistoryDialog.tsx';
import { CAPTURE_ROLES, CaptureIdeaButton } from '../ideas/CaptureIdeaDialog.tsx';
import { PostActions } from './PostActions.tsx';
import type { PostPanel } from './PostActions.tsx';
import { PostEditor } from './PostEditor.tsx';
import { PostHtml } from './PostHtml.tsx';

export interface PostCardProps {
  thread: Thread;
  post: Post;
  viewerId: string | null;
  onQuote?: (post: Post) => void;
}

function PostBadges({ post }: { post: Post }) {
  return (
    <>
      {post.official ? <Badge tone="accent">Official response</Badge> : null}
      {post.accepted ? <Badge tone="success">Accepted answer</Badge> : null}
      {post.editedAt ? (
        <span
          className="muted small"
          title={`Edited ${post.editCount === 1 ? 'once' : `${post.editCount} times`}`}
        >
          Edited <Time iso={post.editedAt} relative />
        </span>
      ) : null}
    </>
  );
}

/** The server's reasons: a moderator hid it, or enough members flagged it (until a review). */
function hiddenText(reason: string | null): string {
  if (reason === 'flags') return 'Hidden by moderators while members’ flags are reviewed.';
  return 'Hidden by moderators.';
}

function HiddenNotice({ post }: { post: Post }) {
  return (
    <p className="post-hidden-notice" data-testid="hidden-notice">
      {hiddenText(post.hiddenReason)}
      {post.html ? <span className="muted"> You can still see what it said.</span> : null}
    </p>
  );
}

/** One post of a thread: author, time, badges, the body (or its editor) and its actions. */
export function PostCard({ thread, post, viewerId, onQuote }: PostCardProps) {
  const [panel, setPanel] = useState<PostPanel | null>(null);
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLElement>(null);
  const permalink = `/t/${thread.id}?page=${pageOfPost(post.number)}#post-${post.id}`;
  const note = post.kind === 'note';
  const captures = CAPTURE_ROLES.includes(useMe().data?.role ?? '');

  function closePanel() {
    setPanel(null);
    window.requestAnimationFrame(() => ref.current?.focus());
  }

  return (
    <article
      ref={ref}
      id={`post-${post.id}`}
      tabIndex={-1}
      className={`post${note ? ' post-note' : ''}${post.hidden ? ' post-hidden' : ''}${post.official ? ' post-official' : ''}`}
      aria-label={`Post #${post.number}${post.author ? ` by ${post.author.name}` : ''}`}
      data-testid="post"
      data-post-number={post.number}
    >
      <header className="post-head">
        <AuthorLine author={post.author} />
        <Link className="post-time muted small" to={permalink}>
          {note ? 'note · ' : ''}
          <Time iso={post.createdAt} relative />
        </Link>
        <PostBadges post={post} />
      </header>
      {post.hidden ? <HiddenNotice post={post} /> : null}
      {panel === 'edit' ? (
        <PostEditor
          threadId={thread.id}
          post={post}
          title={post.number === 1 ? thread.title : undefined}
          askReason={post.author?.id !== viewerId}
          onDone={closePanel}
        />
      ) : post.html ? (
        <PostHtml html={post.html} className={post.hidden ? 'post-body post-body-hidden' : 'post-body'} />
      ) : null}
      <LiveMessage className="post-status">{status}</LiveMessage>
      {panel !== 'edit' && !note ? (
        <PostActions thread={thread} post={post} onOpen={setPanel} onQuote={onQuote} />
      ) : null}
      {captures && !note ? <CaptureIdeaButton source={{ kind: 'post', id: post.id }} /> : null}
      {panel === 'flag' ? (
        <FlagDialog
          threadId={thread.id}
          post={post}
          onClose={() => setPanel(null)}
          onFlagged={() => {
            setPanel(null);
            setStatus('Thanks. The moderators will look at it.');
          }}
        />
      ) : null}
      {panel === 'history' ? <HistoryDialog post={post} onClose={() => setPanel(null)} /> : null}
    </article>
  );
}
