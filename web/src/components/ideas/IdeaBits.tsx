import { IDEA_STATUS_LABELS, useVote } from '../../api/ideas.ts';
import type { IdeaBoard, IdeaStatus, IdeaSummary } from '../../api/ideas.ts';
import { errorMessage } from '../Feedback.tsx';

/** An idea's status as a coloured badge (shipped green, declined grey, in progress blue…). */
export function StatusBadge({ status }: { status: IdeaStatus }) {
  return (
    <span className={`badge idea-status idea-status-${status}`} data-testid="idea-status">
      {IDEA_STATUS_LABELS[status]}
    </span>
  );
}

function votes(count: number): string {
  return count === 1 ? '1 vote' : `${count} votes`;
}

/**
 * The vote count with a toggle for those who may vote. A spent budget disables it (the reason is
 * its title); a refused vote's reason shows under it.
 */
export function VoteButton({
  idea,
  board,
  canVote,
}: {
  idea: IdeaSummary;
  board: IdeaBoard;
  canVote: boolean;
}) {
  const vote = useVote();
  const spent = !idea.voted && board.votesLeft === 0;
  if (!canVote)
    return (
      <div className="idea-votes" data-testid="idea-votes">
        <strong className="idea-vote-count">{idea.voteCount}</strong>
        <span className="muted small">{idea.voteCount === 1 ? 'vote' : 'votes'}</span>
      </div>
    );
  return (
    <div className="idea-votes">
      <button
        type="button"
        className={idea.voted ? 'button idea-vote idea-voted' : 'button idea-vote'}
        aria-pressed={idea.voted}
        aria-label={`${idea.voted ? 'Take back your vote for' : 'Vote for'} “${idea.title}” (${votes(idea.voteCount)})`}
        title={spent ? `You have used all ${board.voteBudget} of your votes here.` : undefined}
        disabled={vote.isPending || spent}
        onClick={() => vote.mutate({ id: idea.id, voted: !idea.voted })}
        data-testid="vote-button"
      >
        <span aria-hidden="true">▲</span>
        <strong className="idea-vote-count" data-testid="vote-count">
          {idea.voteCount}
        </strong>
      </button>
      {vote.isError ? (
        <p className="field-error small" role="alert">
          {errorMessage(vote.error)}
        </p>
      ) : null}
    </div>
  );
}

/** "3 of 5 votes left" for someone with a budget on this board. */
export function BudgetNote({ board }: { board: IdeaBoard }) {
  if (board.voteBudget === null || board.votesLeft === null || !board.can.vote) return null;
  return (
    <p className="idea-budget muted" data-testid="vote-budget">
      {board.votesLeft === 0
        ? `You have used all ${board.voteBudget} of your votes: take one back to vote for another idea.`
        : `${board.votesLeft} of ${board.voteBudget} votes left. Shipped and declined ideas give their votes back.`}
    </p>
  );
}
