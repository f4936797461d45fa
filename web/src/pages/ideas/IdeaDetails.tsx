import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { IDEA_STATUS_LABELS, useComment } from '../../api/ideas.ts';
import type { Idea, IdeaSource } from '../../api/ideas.ts';
import { Time } from '../../components/Bits.tsx';
import { fieldError, FormError } from '../../components/Feedback.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { PostHtml } from '../../components/forum/PostHtml.tsx';

const sourceNames = { conversation: 'an inbox conversation', mention: 'a mention', post: 'a forum post' };

/** Where staff heard it, as a link back (staff only). */
export function SourceLink({ source }: { source: IdeaSource }) {
  const where = sourceNames[source.kind];
  return (
    <span data-testid="idea-source">
      captured from{' '}
      {source.link ? (
        <Link to={source.link} data-testid="idea-source-link">
          {where}
        </Link>
      ) : (
        where
      )}
      {source.capturedBy ? ` by ${source.capturedBy.name}` : ''}
    </span>
  );
}

function historyLine(entry: Idea['history'][number]): string {
  switch (entry.kind) {
    case 'status':
      return `moved it from ${IDEA_STATUS_LABELS[entry.fromStatus ?? 'new']} to ${IDEA_STATUS_LABELS[entry.toStatus ?? 'new']}`;
    case 'merged_in':
      return `merged “${entry.otherIdea?.title ?? 'an idea'}” into it`;
    case 'merged_away':
      return `merged it into “${entry.otherIdea?.title ?? 'another idea'}”`;
    case 'captured_vote':
      return `recorded a vote for ${entry.note ?? 'someone'}`;
    default:
      return entry.kind;
  }
}

export function IdeaHistory({ idea }: { idea: Idea }) {
  return (
    <section className="card idea-side-card" aria-labelledby="idea-history-title">
      <h2 id="idea-history-title" className="card-title">
        History
      </h2>
      <ol className="idea-history" data-testid="idea-history">
        <li>
          Suggested <Time iso={idea.createdAt} relative />
          {idea.author ? ` by ${idea.author.name}` : ''}
        </li>
        {idea.history.map((entry) => (
          <li key={entry.id}>
            {entry.by?.name ?? 'Staff'} {historyLine(entry)} <Time iso={entry.at} relative />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Who voted and where staff heard it (those who may inspect the board only). */
export function IdeaVoters({ voters }: { voters: NonNullable<Idea['voters']> }) {
  return (
    <section className="card idea-side-card" aria-labelledby="idea-voters-title">
      <h2 id="idea-voters-title" className="card-title">
        Voters ({voters.length})
      </h2>
      {voters.length === 0 ? <p className="empty-inline">No votes yet.</p> : null}
      <ul className="idea-voters" data-testid="idea-voters">
        {voters.map((voter) => (
          <li key={voter.member.id}>
            <Link to={`/members/${voter.member.id}`}>{voter.member.name}</Link>{' '}
            <span className="muted small">
              {voter.source ? <SourceLink source={voter.source} /> : null}
              {voter.carriedFrom ? ` · carried from “${voter.carriedFrom.title}”` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IdeaComments({ idea }: { idea: Idea }) {
  const comment = useComment(idea.id);
  const [body, setBody] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!comment.isPending) comment.mutate(body, { onSuccess: () => setBody('') });
  }
  return (
    <section aria-labelledby="idea-comments-title" className="idea-comments">
      <h2 id="idea-comments-title">Comments</h2>
      {idea.comments.length === 0 ? <p className="empty-inline">No comments yet.</p> : null}
      <ul className="idea-comment-list">
        {idea.comments.map((entry) => (
          <li key={entry.id} className="idea-comment" data-testid="idea-comment">
            <p className="small">
              <strong>{entry.author.name}</strong> <Time iso={entry.at} relative />
            </p>
            <PostHtml html={entry.html} />
          </li>
        ))}
      </ul>
      {idea.can.comment ? (
        <form className="form" onSubmit={submit}>
          <TextAreaField
            label="Add a comment (Markdown)"
            rows={3}
            value={body}
            error={fieldError(comment.error, 'body')}
            onChange={(event) => setBody(event.target.value)}
          />
          <FormError error={comment.error} knownFields={['body']} />
          <button type="submit" className="button" disabled={comment.isPending || body.trim() === ''}>
            Comment
          </button>
        </form>
      ) : null}
    </section>
  );
}
