import { useState } from 'react';
import { useTakePrivate } from '../../api/forum.ts';
import type { Thread } from '../../api/types.ts';
import { Dialog } from '../Dialog.tsx';
import { TextAreaField } from '../Field.tsx';
import { fieldError, FormError } from '../Feedback.tsx';

/** "The comfy room": the conversation continues between its author and staff only. */
export function TakePrivateDialog({ thread, onClose }: { thread: Thread; onClose: () => void }) {
  const [note, setNote] = useState('');
  const takePrivate = useTakePrivate(thread.id);
  return (
    <Dialog
      title="Take this conversation private"
      description="Only the author, you and other staff will see the replies from now on. Everyone else keeps seeing the title and a short public note that staff took it private."
      onClose={onClose}
      testId="take-private-dialog"
      fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          takePrivate.mutate(note.trim(), { onSuccess: onClose });
        }}
      >
        <FormError error={takePrivate.error} knownFields={['note']} />
        <TextAreaField
          label="Note to the member"
          hint="Posted in the private conversation. Leave empty for a standard note."
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={fieldError(takePrivate.error, 'note')}
          maxLength={1000}
          rows={3}
          data-autofocus
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={takePrivate.isPending}>
            Take private
          </button>
        </div>
      </form>
    </Dialog>
  );
}
