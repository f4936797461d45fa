import { useState } from 'react';
import type { FormEvent } from 'react';
import { useRecordScopeChange } from '../../api/inbox-conversation.ts';
import type { ScopeChangeInput } from '../../api/inbox-types.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { TextField } from '../../components/Field.tsx';

function check(input: ScopeChangeInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.what.trim()) errors.what = 'Say what changed, e.g. “Plan price”.';
  if (!input.newValue.trim()) errors.newValue = 'Enter the new value.';
  if (!input.agreedBy.trim()) errors.agreedBy = 'Say who agreed to it.';
  return errors;
}

interface ScopeChangeDialogProps {
  conversationId: string;
  onClose: () => void;
  onRecorded: (message: string) => void;
}

/** A change of scope or money, written down with who agreed to it. */
export function ScopeChangeDialog({ conversationId, onClose, onRecorded }: ScopeChangeDialogProps) {
  const record = useRecordScopeChange(conversationId);
  const { errors, passes } = useClientChecks(record);
  const [input, setInput] = useState<ScopeChangeInput>({
    what: '',
    oldValue: '',
    newValue: '',
    agreedBy: '',
  });
  const set = (changes: Partial<ScopeChangeInput>) => setInput((current) => ({ ...current, ...changes }));
  const error = (path: keyof ScopeChangeInput) => fieldError(record.error, path, errors[path]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, check(input))) return;
    const trimmed = {
      what: input.what.trim(),
      oldValue: input.oldValue.trim(),
      newValue: input.newValue.trim(),
      agreedBy: input.agreedBy.trim(),
    };
    record.mutate(trimmed, {
      onSuccess: () => {
        onRecorded(`Scope change recorded: ${trimmed.what}.`);
        onClose();
      },
    });
  }

  return (
    <Dialog title="Record a scope change" onClose={onClose} testId="scope-change-dialog">
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label="What changed"
          value={input.what}
          maxLength={200}
          onChange={(event) => set({ what: event.target.value })}
          error={error('what')}
          data-autofocus
        />
        <TextField
          label="Old value"
          hint="Optional."
          value={input.oldValue}
          maxLength={200}
          onChange={(event) => set({ oldValue: event.target.value })}
          error={error('oldValue')}
        />
        <TextField
          label="New value"
          value={input.newValue}
          maxLength={200}
          onChange={(event) => set({ newValue: event.target.value })}
          error={error('newValue')}
        />
        <TextField
          label="Agreed by"
          value={input.agreedBy}
          maxLength={200}
          onChange={(event) => set({ agreedBy: event.target.value })}
          error={error('agreedBy')}
        />
        <FormError error={record.error} knownFields={['what', 'oldValue', 'newValue', 'agreedBy']} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={record.isPending}>
            Record
          </button>
        </div>
      </form>
    </Dialog>
  );
}
