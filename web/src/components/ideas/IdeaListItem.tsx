import { Link } from 'react-router';
import type { IdeaBoard, IdeaSort, IdeaSummary } from '../../api/ideas.ts';
import { Time } from '../Bits.tsx';
import { StatusBadge, VoteButton } from './IdeaBits.tsx';

function comments(count: number): string {
  if (count === 0) return 'No comments';
  return count === 1 ? '1 comment' : `${count} comments`;
}

/** What the list is ranked by, when it is not the plain vote count. */
function scoreNote(idea: IdeaSummary, sort: IdeaSort, segmented: boolean): string | null {
  if (sort === 'demand') return `demand ${idea.demand}`;
  if (sort === 'trending') return `${idea.recentVotes} recent ${idea.recentVotes === 1 ? 'vote' : 'votes'}`;
  if (segmented) return `${idea.score} from the segment`;
  return null;
}

/** One idea on a board: votes, title, status, excerpt, author and discussion. */
export function IdeaListItem({
  idea,
  board,
  sort,
  segmented,
}: {
  idea: IdeaSummary;
  board: IdeaBoard;
  sort: IdeaSort;
  segmented: boolean;
}) {
  const note = scoreNote(idea, sort, segmented);
  return (
    <li className="idea-item" data-testid="idea-item" data-idea-id={idea.id}>
      <VoteButton idea={idea} board={board} canVote={board.can.vote && isOpenStatus(idea.status)} />
      <div className="idea-item-main">
        <div className="thread-item-head">
          <Link className="thread-item-title" to={`/ideas/${idea.id}`}>
            {idea.title}
          </Link>
          <StatusBadge status={idea.status} />
          {idea.captured && board.can.inspect ? <span className="badge">Captured</span> : null}
        </div>
        {idea.excerpt ? <p className="thread-item-excerpt">{idea.excerpt}</p> : null}
        <p className="thread-item-meta muted small">
          {idea.author ? `by ${idea.author.name} · ` : ''}
          <Time iso={idea.createdAt} relative /> · {comments(idea.commentCount)}
          {note ? <span data-testid="idea-score"> · {note}</span> : null}
        </p>
      </div>
    </li>
  );
}

export function isOpenStatus(status: IdeaSummary['status']): boolean {
  return status !== 'shipped' && status !== 'declined';
}
