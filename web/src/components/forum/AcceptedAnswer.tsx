import { Link } from 'react-router';
import { pageOfPost } from '../../api/forum.ts';
import type { Post, Thread } from '../../api/types.ts';
import { Badge } from '../Bits.tsx';
import { AuthorLine } from './AuthorLine.tsx';
import { PostHtml } from './PostHtml.tsx';

/** The accepted answer, repeated right under the question so nobody has to scroll for it. */
export function AcceptedAnswer({ thread, answer }: { thread: Thread; answer: Post }) {
  return (
    <section
      className="accepted-answer"
      aria-labelledby="accepted-answer-heading"
      data-testid="accepted-answer"
    >
      <h2 id="accepted-answer-heading" className="accepted-answer-title">
        <Badge tone="success">Solved</Badge>
        <span>Accepted answer{thread.solvedByCommunity ? ', from the community' : ''}</span>
      </h2>
      <p className="post-head">
        <AuthorLine author={answer.author} />
      </p>
      {answer.hidden ? <p className="post-hidden-notice">Hidden by moderators.</p> : null}
      {answer.html ? <PostHtml html={answer.html} className="post-body" /> : null}
      <p className="small">
        <Link to={`/t/${thread.id}?page=${pageOfPost(answer.number)}#post-${answer.id}`}>
          See it in the conversation (post #{answer.number})
        </Link>
      </p>
    </section>
  );
}
