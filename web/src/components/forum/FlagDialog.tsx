import { useState } from 'react';
import { useFlagPost } from '../../api/forum.ts';
import type { FlagReason, Post } from '../../api/types.ts';
import { Dialog } from '../Dialog.tsx';
import { RadioGroup, TextAreaField } from '../Field.tsx';
import type { RadioOption } from '../Field.tsx';
import { fieldError, FormError } from '../Feedback.tsx';

const REASONS: RadioOption<FlagReason>[] = [
  { value: 'spam', label: 'Spam', description: 'Advertising, or the same thing posted again and again.' },
  { value: 'abuse', label: 'Abusive or rude', description: 'Insults, harassment, hate.' },
  { value: 'off_topic', label: 'Off topic', description: 'Does not belong in this conversation.' },
  { value: 'other', label: 'Something else', description: 'Say what in the note.' },
];

export interface FlagDialogProps {
  threadId: string;
  post: Post;
  onClose: () => void;
  onFlagged: () => void;
}

/** Tells the moderators what is wrong with a post. */
export function FlagDialog({ threadId, post, onClose, onFlagged }: FlagDialogProps) {
  const [reason, setReason] = useState<FlagReason>('spam');
  const [note, setNote] = useState('');
  const flag = useFlagPost(threadId);
  const noteMissing = reason === 'other' && !note.trim() ? 'Say what is wrong.' : undefined;
  const [tried, setTried] = useState(false);
  return (
    <Dialog
      title="Flag this post"
      description={`Moderators will look at post #${post.number}${post.author ? ` by ${post.author.name}` : ''}.`}
      onClose={onClose}
      testId="flag-dialog"
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (noteMissing) return;
          flag.mutate({ postId: post.id, reason, note: note.trim() }, { onSuccess: onFlagged });
        }}
        noValidate
      >
        <FormError error={flag.error} knownFields={['note']} />
        <RadioGroup
          legend="Reason"
          name={`flag-${post.id}`}
          value={reason}
          options={REASONS}
          onChange={setReason}
        />
        <TextAreaField
          label="Note for the moderators"
          hint={reason === 'other' ? 'Required for "Something else".' : 'Optional.'}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={fieldError(flag.error, 'note', tried ? noteMissing : undefined)}
          maxLength={1000}
          rows={3}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={flag.isPending}>
            Send flag
          </button>
        </div>
      </form>
    </Dialog>
  );
}
