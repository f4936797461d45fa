import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useSimilarIdeas, useSubmitIdea } from '../../api/ideas.ts';
import type { Idea, IdeaBoard } from '../../api/ideas.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldError, FormError } from '../../components/Feedback.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { StatusBadge } from '../../components/ideas/IdeaBits.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';

/** Ideas with a title like the one being typed: voting for one beats adding a duplicate. */
function SimilarIdeas({ slug, title }: { slug: string; title: string }) {
  const similar = useSimilarIdeas(slug, title);
  const found = similar.data ?? [];
  if (found.length === 0) return null;
  return (
    <div className="idea-similar" data-testid="similar-ideas">
      <p className="small">
        <strong>Is it one of these?</strong> Vote for it instead: votes on one idea count for more.
      </p>
      <ul>
        {found.map((idea) => (
          <li key={idea.id}>
            <Link to={`/ideas/${idea.id}`}>{idea.title}</Link> <StatusBadge status={idea.status} />{' '}
            <span className="muted small">{idea.voteCount} votes</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Suggest an idea: a title (similar ideas appear as one types) and a Markdown description. */
export function SubmitIdeaDialog({
  board,
  onClose,
  onSubmitted,
}: {
  board: IdeaBoard;
  onClose: () => void;
  onSubmitted: (idea: Idea) => void;
}) {
  const submit = useSubmitIdea(board.slug);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const typed = useDebouncedValue(title.trim(), 300);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!submit.isPending) submit.mutate({ title: title.trim(), body }, { onSuccess: onSubmitted });
  }
  return (
    <Dialog title="Suggest an idea" onClose={onClose} testId="submit-idea-dialog">
      <form className="form" onSubmit={onSubmit}>
        <TextField
          label="Title"
          hint="One thing, said plainly: “Schedule the heating by sunrise”."
          value={title}
          required
          minLength={3}
          maxLength={160}
          error={fieldError(submit.error, 'title')}
          onChange={(event) => setTitle(event.target.value)}
          data-autofocus
        />
        <SimilarIdeas slug={board.slug} title={typed} />
        <TextAreaField
          label="Why would it help? (Markdown)"
          rows={5}
          value={body}
          error={fieldError(submit.error, 'body')}
          onChange={(event) => setBody(event.target.value)}
        />
        <FormError error={submit.error} knownFields={['title', 'body']} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={submit.isPending}>
            Submit idea
          </button>
        </div>
      </form>
    </Dialog>
  );
}
