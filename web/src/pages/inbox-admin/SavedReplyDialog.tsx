import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSaveReply } from '../../api/inbox-admin.ts';
import type { SavedReply } from '../../api/inbox-admin.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';

/** The placeholders a saved reply may use (src/modules/inbox/saved-reply-template.ts). */
export const TEMPLATE_VARIABLES: readonly { name: string; means: string }[] = [
  { name: 'member.name', means: 'the member’s name' },
  { name: 'member.first_name', means: 'their first name' },
  { name: 'agent.name', means: 'your name' },
  { name: 'agent.first_name', means: 'your first name' },
  { name: 'conversation.subject', means: 'the subject' },
  { name: 'team.name', means: 'the team’s name' },
];

/** Creates a saved reply (reply null) or edits one; variables go in at the cursor. */
export function SavedReplyDialog({
  reply,
  onClose,
  onSaved,
}: {
  reply: SavedReply | null;
  onClose: () => void;
  onSaved: (reply: SavedReply) => void;
}) {
  const save = useSaveReply();
  const { errors, passes } = useClientChecks(save);
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const form = useRef<HTMLFormElement>(null);

  function insert(name: string) {
    const textarea = form.current?.querySelector<HTMLTextAreaElement>('textarea');
    const token = `{{${name}}}`;
    const start = textarea?.selectionStart ?? body.length;
    const end = textarea?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    window.requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (title.trim() === '') found.title = 'Give it a title agents will search for.';
    if (body.trim() === '') found.body = 'Write the reply.';
    if (!passes(event, found)) return;
    save.mutate({ id: reply?.id ?? null, title: title.trim(), body: body.trim() }, { onSuccess: onSaved });
  }

  return (
    <Dialog
      title={reply ? `Edit ${reply.title}` : 'New saved reply'}
      onClose={onClose}
      testId="saved-reply-dialog"
    >
      <form ref={form} className="form" onSubmit={onSubmit} noValidate>
        <FormError error={save.error} knownFields={['title', 'body']} />
        <TextField
          label="Title"
          name="title"
          maxLength={120}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError(save.error, 'title', errors.title)}
          data-autofocus
        />
        <TextAreaField
          label="Reply"
          name="body"
          rows={8}
          maxLength={20000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={fieldError(save.error, 'body', errors.body)}
          hint="Markdown. Agents can edit it before sending."
        />
        <fieldset className="settings-group">
          <legend className="field-label">Insert a variable</legend>
          <ul className="variable-list">
            {TEMPLATE_VARIABLES.map((variable) => (
              <li key={variable.name}>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => insert(variable.name)}
                  aria-label={`Insert {{${variable.name}}}: ${variable.means}`}
                >
                  <code>{`{{${variable.name}}}`}</code>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={save.isPending}
            aria-busy={save.isPending || undefined}
          >
            {reply ? 'Save reply' : 'Create reply'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
