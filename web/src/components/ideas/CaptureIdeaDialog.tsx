import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useBoards, useCapture, useCaptureSource } from '../../api/ideas.ts';
import type { Idea, IdeaBoard, SourceKind } from '../../api/ideas.ts';
import { Dialog } from '../Dialog.tsx';
import { FormError, Loading, QueryError } from '../Feedback.tsx';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../Field.tsx';
import { IdeaFinder } from './IdeaFinder.tsx';

const sourceWords: Record<SourceKind, string> = {
  conversation: 'this conversation',
  mention: 'this mention',
  post: 'this post',
};

/** Roles that record ideas for members (the server's ideaPolicy.capture). */
export const CAPTURE_ROLES: readonly string[] = ['admin', 'manager', 'agent', 'moderator'];

interface CaptureProps {
  source: { kind: SourceKind; id: string };
  onClose: () => void;
  onCaptured: (idea: Idea, alreadyVoted: boolean) => void;
}

/**
 * Staff record what someone asked for, as their own vote: on an idea that exists (found by title)
 * or on a new idea written for them. The person is whoever the source is from.
 */
export function CaptureIdeaDialog({ source, onClose, onCaptured }: CaptureProps) {
  const preview = useCaptureSource(source.kind, source.id);
  const boards = useBoards();
  const [slug, setSlug] = useState('');
  const board = boards.data?.find((b) => b.slug === slug) ?? boards.data?.[0];
  return (
    <Dialog
      title="Capture an idea"
      description={
        <p>
          Record what was said in {sourceWords[source.kind]} as that person’s vote, with a link back here.
        </p>
      }
      onClose={onClose}
      testId="capture-idea-dialog"
    >
      {preview.isPending || boards.isPending ? <Loading /> : null}
      {preview.isError ? <QueryError error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {boards.isSuccess && boards.data.length === 0 ? (
        <p className="empty-inline">
          There is no ideas board yet: an admin creates a space of kind “Ideas” first.
        </p>
      ) : null}
      {preview.data && board ? (
        <>
          <blockquote className="idea-capture-quote" data-testid="capture-person">
            <strong>{preview.data.name}</strong>: {preview.data.excerpt}
          </blockquote>
          {(boards.data ?? []).length > 1 ? (
            <SelectField label="Board" value={board.slug} onChange={(event) => setSlug(event.target.value)}>
              {(boards.data ?? []).map((b) => (
                <option key={b.slug} value={b.slug}>
                  {b.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <CaptureChoice
            key={board.slug}
            board={board}
            source={source}
            person={preview.data.name}
            excerpt={preview.data.excerpt}
            onCaptured={onCaptured}
          />
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

type Mode = 'existing' | 'new';

function CaptureChoice({
  board,
  source,
  person,
  excerpt,
  onCaptured,
}: {
  board: IdeaBoard;
  source: CaptureProps['source'];
  person: string;
  excerpt: string;
  onCaptured: CaptureProps['onCaptured'];
}) {
  const [mode, setMode] = useState<Mode>('existing');
  const capture = useCapture();
  const done = (result: { idea: Idea; alreadyVoted: boolean }) =>
    onCaptured(result.idea, result.alreadyVoted);
  return (
    <>
      <RadioGroup
        legend={`What did ${person} ask for?`}
        name="capture-mode"
        value={mode}
        onChange={(value) => {
          setMode(value);
          capture.reset();
        }}
        options={[
          { value: 'existing', label: 'An idea already on the board: add their vote' },
          { value: 'new', label: 'Something new: submit it as their idea' },
        ]}
      />
      {mode === 'existing' ? (
        <IdeaFinder
          slug={board.slug}
          status="open"
          label="Find the idea"
          actionLabel="Add vote"
          actionName={(idea) => `Add ${person}’s vote to “${idea.title}”`}
          disabled={capture.isPending}
          onChoose={(idea) => capture.mutate({ source, ideaId: idea.id }, { onSuccess: done })}
          testId="capture-candidate"
        />
      ) : (
        <NewIdeaForm
          excerpt={excerpt}
          pending={capture.isPending}
          onSubmit={(idea) =>
            capture.mutate({ source, idea: { board: board.slug, ...idea } }, { onSuccess: done })
          }
        />
      )}
      <FormError error={capture.error} knownFields={['idea.title']} />
    </>
  );
}

function NewIdeaForm({
  excerpt,
  pending,
  onSubmit,
}: {
  excerpt: string;
  pending: boolean;
  onSubmit: (idea: { title: string; body: string }) => void;
}) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState(excerpt ? `> ${excerpt.replace(/\n/g, '\n> ')}` : '');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit({ title: title.trim(), body });
  }
  return (
    <form className="form" onSubmit={submit}>
      <TextField
        label="Title"
        value={title}
        required
        minLength={3}
        maxLength={160}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        label="Description (Markdown)"
        rows={4}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <button
        type="submit"
        className="button button-primary"
        disabled={pending}
        aria-busy={pending || undefined}
      >
        Capture the idea
      </button>
    </form>
  );
}

/** The "Capture idea" action of a page (staff only): the dialog, then a link to what was recorded. */
export function CaptureIdeaButton({ source }: { source: { kind: SourceKind; id: string } }) {
  const [open, setOpen] = useState(false);
  const [captured, setCaptured] = useState<{ idea: Idea; alreadyVoted: boolean } | null>(null);
  return (
    <div className="idea-capture" data-testid="capture-idea">
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Capture idea
      </button>
      <p role="status" className="small">
        {captured ? (
          <>
            {captured.alreadyVoted ? 'They had already voted for ' : 'Vote recorded on '}
            <Link to={`/ideas/${captured.idea.id}`} data-testid="captured-idea-link">
              {captured.idea.title}
            </Link>
            .
          </>
        ) : null}
      </p>
      {open ? (
        <CaptureIdeaDialog
          source={source}
          onClose={() => setOpen(false)}
          onCaptured={(idea, alreadyVoted) => {
            setOpen(false);
            setCaptured({ idea, alreadyVoted });
          }}
        />
      ) : null}
    </div>
  );
}
