import { useState } from 'react';
import type { FormEvent } from 'react';
import { IDEA_STATUSES, IDEA_STATUS_LABELS, useSetStatus } from '../../api/ideas.ts';
import type { Idea, IdeaStatus } from '../../api/ideas.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldError, FormError } from '../../components/Feedback.tsx';
import { SelectField, TextAreaField } from '../../components/Field.tsx';

/** Staff move an idea along with an official response; its author, voters and followers are told. */
export function StatusDialog({
  idea,
  onClose,
  onDone,
}: {
  idea: Idea;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const setStatus = useSetStatus(idea.id);
  const [status, setStatusValue] = useState<IdeaStatus>(idea.status);
  const [response, setResponse] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setStatus.isPending) return;
    setStatus.mutate(
      { status, ...(response.trim() ? { response: response.trim() } : {}) },
      { onSuccess: () => onDone(`Status set to ${IDEA_STATUS_LABELS[status]}; followers were told.`) },
    );
  }
  return (
    <Dialog
      title="Set the status"
      description={<p>The response is shown with the status and sent to everyone who voted or follows.</p>}
      onClose={onClose}
      testId="idea-status-dialog"
    >
      <form className="form" onSubmit={submit}>
        <SelectField
          label="Status"
          value={status}
          onChange={(event) => setStatusValue(event.target.value as IdeaStatus)}
          data-autofocus
        >
          {IDEA_STATUSES.map((value) => (
            <option key={value} value={value}>
              {IDEA_STATUS_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Official response (Markdown)"
          hint={
            status === 'declined' ? 'Required when declining: say why.' : 'Optional, but people like to know.'
          }
          rows={4}
          value={response}
          error={fieldError(setStatus.error, 'response')}
          onChange={(event) => setResponse(event.target.value)}
        />
        <FormError error={setStatus.error} knownFields={['response']} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={setStatus.isPending}>
            Save status
          </button>
        </div>
      </form>
    </Dialog>
  );
}
