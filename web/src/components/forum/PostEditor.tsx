import { useState } from 'react';
import type { FormEvent } from 'react';
import { useEditPost } from '../../api/forum.ts';
import type { Post } from '../../api/types.ts';
import { TextAreaField, TextField } from '../Field.tsx';
import { fieldError, FormError, useClientChecks } from '../Feedback.tsx';

export interface PostEditorProps {
  threadId: string;
  post: Post;
  /** The thread's title, editable with the opening post. */
  title?: string;
  /** Someone else's post (a moderator edits it): ask why. */
  askReason: boolean;
  onDone: () => void;
}

/** Edits a post in place; the earlier version is kept for staff. */
export function PostEditor({ threadId, post, title, askReason, onDone }: PostEditorProps) {
  const [body, setBody] = useState(post.markdown ?? '');
  const [newTitle, setNewTitle] = useState(title ?? '');
  const [reason, setReason] = useState('');
  const edit = useEditPost(threadId);
  const checks = useClientChecks(edit);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (title !== undefined && newTitle.trim().length < 3)
      found.title = 'A title needs at least 3 characters.';
    if (!body.trim()) found.body = 'Write something first.';
    if (!checks.passes(event, found)) return;
    edit.mutate(
      {
        postId: post.id,
        body,
        ...(title !== undefined && newTitle.trim() !== title ? { title: newTitle.trim() } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="form post-editor" onSubmit={submit} noValidate data-testid="post-editor">
      <FormError error={edit.error} knownFields={['title', 'body', 'reason']} />
      {title !== undefined ? (
        <TextField
          label="Title"
          value={newTitle}
          onChange={(event) => setNewTitle(event.target.value)}
          error={fieldError(edit.error, 'title', checks.errors.title)}
          maxLength={200}
        />
      ) : null}
      <TextAreaField
        label={`Edit post #${post.number}`}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(edit.error, 'body', checks.errors.body)}
        rows={8}
        autoFocus
      />
      {askReason ? (
        <TextField
          label="Reason for the edit"
          hint="Optional. Staff see it in the edit history."
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError(edit.error, 'reason')}
          maxLength={300}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={edit.isPending}>
          Save changes
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
