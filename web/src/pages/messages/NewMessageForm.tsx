import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useStartDirectMessage } from '../../api/messages.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';

function check(to: string, title: string, body: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (to === '') errors.to = 'Enter the handle of the person you are writing to.';
  if (title.trim().length < 3) errors.title = 'A title needs at least 3 characters.';
  if (body.trim() === '') errors.body = 'Write something first.';
  return errors;
}

/** Why the server refused, in words that say what to do next. */
function RestrictedNotice({ error }: { error: unknown }) {
  if (!isApiError(error, 'DIRECT_MESSAGES_OFF'))
    return <FormError error={error} knownFields={['to', 'title', 'body']} />;
  return (
    <div className="alert alert-error" role="alert" data-testid="dm-restricted">
      <p>{error.message}</p>
      <p>
        The admins of this community decide who can start direct messages: often members can write only to
        staff. You can still reply to conversations others start with you, or ask in the Community.
      </p>
    </div>
  );
}

/** Starts a direct message (recipient handle, title, body) and opens the new conversation. */
export function NewMessageForm({ initialTo, onCancel }: { initialTo: string; onCancel: () => void }) {
  const start = useStartDirectMessage();
  const navigate = useNavigate();
  const { errors, passes } = useClientChecks(start);
  const [to, setTo] = useState(initialTo);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const handle = to.trim().replace(/^@/, '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, check(handle, title, body))) return;
    start.mutate(
      { to: handle, title: title.trim(), body },
      { onSuccess: ({ threadId }) => void navigate(`/t/${encodeURIComponent(threadId)}`) },
    );
  }

  const notFound = isApiError(start.error, 'RECIPIENT_NOT_FOUND') ? start.error.message : undefined;

  return (
    <form
      className="card section form new-message"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="new-message-title"
      data-testid="new-message-form"
    >
      <h2 id="new-message-title">New message</h2>
      {notFound ? null : <RestrictedNotice error={start.error} />}
      <TextField
        label="To"
        name="to"
        hint="Their handle, like @ana_lima. You find it on their posts and profile."
        autoComplete="off"
        spellCheck={false}
        value={to}
        onChange={(event) => setTo(event.target.value)}
        error={fieldError(start.error, 'to', errors.to ?? notFound)}
        autoFocus
      />
      <TextField
        label="Title"
        name="title"
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldError(start.error, 'title', errors.title)}
      />
      <TextAreaField
        label="Message"
        name="body"
        hint="Markdown works: **bold**, lists, links."
        rows={6}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(start.error, 'body', errors.body)}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={start.isPending}
          aria-busy={start.isPending || undefined}
        >
          Send message
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
