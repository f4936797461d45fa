import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../api/auth.ts';
import { isApiError } from '../../api/client.ts';
import { pageOfPost, useThreadPage } from '../../api/forum.ts';
import { queryKeys } from '../../api/keys.ts';
import type { Post, ThreadPage as ThreadPageData } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { Loading, Notice, QueryError } from '../../components/Feedback.tsx';
import { AcceptedAnswer } from '../../components/forum/AcceptedAnswer.tsx';
import { AuthorLine } from '../../components/forum/AuthorLine.tsx';
import { RecognitionProvider } from '../../components/members/Recognition.tsx';
import { canReadMembers } from '../members/access.ts';
import { Pagination } from '../../components/forum/Pagination.tsx';
import { PostCard } from '../../components/forum/PostCard.tsx';
import { ReplyBox } from '../../components/forum/ReplyBox.tsx';
import { ThreadBadges } from '../../components/forum/ThreadBadges.tsx';
import { PrivateStub, ReplyArea } from '../../components/forum/ThreadNotices.tsx';
import { ThreadTools } from '../../components/forum/ThreadTools.tsx';
import { postInHash, usePostAnchor } from '../../components/forum/usePostAnchor.ts';

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** A post's Markdown source quoted for the reply box: `> @handle wrote:`, then its lines. */
function quoteOf(handle: string | null, markdown: string): string {
  const source = markdown.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  const lines = [handle ? `@${handle} wrote:` : 'Someone wrote:', ...source.split(/\r?\n/)];
  return `${lines.map((line) => (line ? `> ${line}` : '>')).join('\n')}\n\n`;
}

function ThreadView({
  data,
  viewerId,
  recognise,
}: {
  data: ThreadPageData;
  viewerId: string | null;
  /** The viewer reads members: regulars and advocates are badged beside their names. */
  recognise: boolean;
}) {
  const { thread, posts, acceptedAnswer, page, pageCount } = data;
  const authorIds = [thread.author, acceptedAnswer?.author, ...posts.map((post) => post.author)].flatMap(
    (author) => (author ? [author.id] : []),
  );
  const navigate = useNavigate();
  const [draft, setDraft] = useState('');
  const replyRef = useRef<HTMLElement>(null);
  const stub = thread.takenPrivate && posts.length === 0;
  const base = `/t/${thread.id}`;
  const lockedNotice =
    thread.locked || thread.closed
      ? 'This thread is closed to others: you can still reply as a moderator.'
      : undefined;

  function quote(post: Post) {
    if (post.markdown === null) return;
    const quoted = quoteOf(post.author?.handle ?? null, post.markdown);
    setDraft((current) => `${current.trim() ? `${current.trimEnd()}\n\n` : ''}${quoted}`);
    window.requestAnimationFrame(() => {
      const textarea = replyRef.current?.querySelector('textarea');
      if (!textarea) return;
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    });
  }

  const cards = posts.map((post) => (
    <li key={post.id}>
      <PostCard
        thread={thread}
        post={post}
        viewerId={viewerId}
        onQuote={thread.can.reply ? quote : undefined}
      />
      {post.number === 1 && acceptedAnswer && thread.solved ? (
        <AcceptedAnswer thread={thread} answer={acceptedAnswer} />
      ) : null}
    </li>
  ));

  return (
    <RecognitionProvider ids={authorIds} enabled={recognise}>
      <p className="thread-meta muted small">
        Started by <AuthorLine author={thread.author} /> · <Time iso={thread.createdAt} relative />
        {stub ? null : ` · ${thread.replyCount === 1 ? '1 reply' : `${thread.replyCount} replies`}`}
      </p>
      <ThreadBadges thread={thread} />
      <ThreadTools thread={thread} />
      {stub ? <PrivateStub thread={thread} /> : null}
      {!stub && thread.takenPrivate && thread.privateNote ? (
        <Notice tone="info" testId="private-notice">
          Private conversation between its author and staff. Others see only the title and this note: “
          {thread.privateNote}”
        </Notice>
      ) : null}
      {!stub && thread.visibility === 'private' && !thread.takenPrivate ? (
        <Notice tone="info">Private: only its author and staff can see this conversation.</Notice>
      ) : null}
      <Pagination base={base} page={page} pageCount={pageCount} />
      {posts.length > 0 ? (
        <ol className="post-list" aria-label="Posts">
          {cards}
        </ol>
      ) : null}
      <Pagination base={base} page={page} pageCount={pageCount} />
      {stub ? null : (
        <ReplyArea thread={thread} signedIn={viewerId !== null}>
          <ReplyBox
            threadId={thread.id}
            value={draft}
            onChange={setDraft}
            sectionRef={replyRef}
            notice={lockedNotice}
            onPosted={(post) => void navigate(`${base}?page=${pageOfPost(post.number)}#post-${post.id}`)}
          />
        </ReplyArea>
      )}
    </RecognitionProvider>
  );
}

/** A thread: its posts page by page, the accepted answer under the question, replies and tools. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const page = readPage(params.get('page'));
  // A link to a post without a page (emails, notifications): the server finds the page that holds it.
  const anchored = params.has('page') ? undefined : postInHash(hash);
  const thread = useThreadPage(id, page, anchored);
  const me = useMe();
  const queryClient = useQueryClient();
  useLiveEvent('forum.thread_changed', ({ threadId }) => {
    if (threadId === id) void queryClient.invalidateQueries({ queryKey: queryKeys.forumThread(id) });
  });
  usePostAnchor(thread.data, !thread.isPlaceholderData);
  const data = thread.data;
  const notFound =
    isApiError(thread.error, 'THREAD_NOT_FOUND') || isApiError(thread.error, 'VALIDATION_FAILED');

  return (
    <article className="thread-page" data-testid="thread-page">
      <p className="breadcrumbs">
        <Link to="/community">Community</Link>
        {data?.thread.space ? (
          <>
            {' › '}
            <Link to={`/c/${data.thread.space.slug}`}>{data.thread.space.name}</Link>
          </>
        ) : null}
      </p>
      {thread.isPending ? <Loading label="Loading the thread…" /> : null}
      {thread.isError && !data ? (
        <>
          <PageHeader title={notFound ? 'Thread not found' : 'Thread not available'} />
          {notFound ? (
            <p>
              It may have been moved or made private, or the link may be mistyped.
              {me.data === null ? (
                <>
                  {' '}
                  If it is your conversation,{' '}
                  <Link to={`/signin?next=${encodeURIComponent(`/t/${id}`)}`}>sign in</Link> to see it.
                </>
              ) : null}
            </p>
          ) : (
            <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
          )}
        </>
      ) : null}
      {data ? (
        <>
          <PageHeader title={data.thread.title} />
          <ThreadView
            data={data}
            viewerId={me.data?.id ?? null}
            recognise={me.data ? canReadMembers(me.data.role) : false}
          />
        </>
      ) : null}
    </article>
  );
}
