import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { useCreateThread, useSpace } from '../../api/forum.ts';
import type { Space } from '../../api/types.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import {
  fieldError,
  FormError,
  Loading,
  Notice,
  QueryError,
  useClientChecks,
} from '../../components/Feedback.tsx';
import { SimilarQuestions } from '../../components/forum/SimilarQuestions.tsx';

function checkThread(title: string, body: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (title.trim().length < 3) errors.title = 'A title needs at least 3 characters.';
  if (!body.trim()) errors.body = 'Write something first.';
  return errors;
}

function Composer({ space }: { space: Space }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const create = useCreateThread();
  const checks = useClientChecks(create);
  const navigate = useNavigate();
  const question = space.kind === 'questions';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checks.passes(event, checkThread(title, body))) return;
    const form = event.currentTarget;
    create.mutate(
      { space: space.slug, title: title.trim(), body },
      {
        onSuccess: (page) => void navigate(`/t/${page.thread.id}`),
        onError: () =>
          window.requestAnimationFrame(() =>
            form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
          ),
      },
    );
  }

  return (
    <form className="form composer" onSubmit={submit} noValidate data-testid="composer">
      <FormError error={create.error} knownFields={['title', 'body']} />
      <TextField
        label={question ? 'Your question' : 'Title'}
        hint={question ? 'One sentence, like you would ask a colleague.' : undefined}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldError(create.error, 'title', checks.errors.title)}
        maxLength={200}
        autoComplete="off"
        required
      />
      <SimilarQuestions title={title} />
      <TextAreaField
        label="Details"
        hint="Markdown works: **bold**, *italic*, `code`, lists, links, and @handle to mention someone."
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(create.error, 'body', checks.errors.body)}
        rows={10}
        required
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending}
          aria-busy={create.isPending || undefined}
        >
          {question ? 'Post your question' : 'Post thread'}
        </button>
        <Link className="button" to={`/c/${space.slug}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** Starting a thread in a space; similar questions show up while the title is typed. */
export function NewThreadPage() {
  const { slug = '' } = useParams();
  const me = useMe();
  const location = useLocation();
  const space = useSpace(slug);
  if (me.data === null)
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  return (
    <section data-testid="new-thread-page">
      <p className="breadcrumbs">
        <Link to="/community">Community</Link>
        {space.data ? (
          <>
            {' › '}
            <Link to={`/c/${space.data.slug}`}>{space.data.name}</Link>
          </>
        ) : null}
      </p>
      <PageHeader
        title={space.data?.kind === 'questions' ? 'Ask a question' : 'New thread'}
        description={space.data ? `In ${space.data.name}` : undefined}
      />
      {space.isPending ? <Loading label="Loading the space…" /> : null}
      {space.isError ? <QueryError error={space.error} onRetry={() => void space.refetch()} /> : null}
      {space.data && !space.data.can.post ? (
        <Notice tone="warning">You can read {space.data.name}, but not start threads there.</Notice>
      ) : null}
      {space.data?.can.post ? <Composer space={space.data} /> : null}
    </section>
  );
}
