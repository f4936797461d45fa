import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { fieldError, FormError, useClientChecks } from './Feedback.tsx';
import { TextAreaField, TextField } from './Field.tsx';
import { DialogActions } from './FormActions.tsx';

/** The word typed to confirm an erasure (the server checks it too). */
export const ERASE_WORD = 'ERASE';

const PEOPLE = {
  you: { they: 'you', their: 'your', Their: 'Your', signIn: 'You are signed out and cannot sign in again.' },
  they: {
    they: 'they',
    their: 'their',
    Their: 'Their',
    signIn: 'Their account, if they have one, can no longer sign in.',
  },
};

/** What an erasure does: the same for a person erasing themselves and for an admin erasing them. */
export function ErasureFacts({ who }: { who: keyof typeof PEOPLE }) {
  const words = PEOPLE[who];
  return (
    <ul>
      <li>
        What {words.they} wrote stays where it is, under the name “Erased member”, so conversations still make
        sense.
      </li>
      <li>
        {words.Their} personal data is deleted: {words.their} name, email addresses, handles, phone numbers
        and IP addresses.
      </li>
      <li>{words.signIn}</li>
      <li>
        <strong>This cannot be undone.</strong>
      </li>
    </ul>
  );
}

export interface EraseInput {
  /** Why (asked with `askReason`); '' otherwise. */
  reason: string;
  confirm: string;
}

interface EraseDialogProps {
  title: string;
  /** What happens, in words (see ErasureFacts). */
  description: ReactNode;
  confirmLabel: string;
  /** Ask why, e.g. "Their email of 3 May asking to be forgotten" (required). */
  askReason?: boolean;
  mutation: { isPending: boolean; error: unknown; reset: () => void };
  /** Called with the typed word and reason once both are there. */
  onErase: (input: EraseInput) => void;
  onClose: () => void;
  testId?: string;
}

/** An erasure's confirmation: what will happen, the reason when asked, and ERASE typed to go ahead. */
export function EraseDialog({
  title,
  description,
  confirmLabel,
  askReason = false,
  mutation,
  onErase,
  onClose,
  testId,
}: EraseDialogProps) {
  const checks = useClientChecks(mutation);
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');

  function close() {
    onClose();
    mutation.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const errors: Record<string, string> = {};
    if (askReason && reason.trim() === '') errors.reason = 'Say why: their request, and how it came.';
    if (typed.trim() !== ERASE_WORD) errors.confirm = `Type ${ERASE_WORD} in capitals to confirm.`;
    if (checks.passes(event, errors)) onErase({ reason: reason.trim(), confirm: typed.trim() });
  }

  return (
    <Dialog title={title} description={description} onClose={close} testId={testId}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={mutation.error} knownFields={['reason', 'confirm']} />
        {askReason ? (
          <TextAreaField
            label="Reason"
            name="reason"
            rows={2}
            maxLength={500}
            required
            hint="Kept in the audit log, e.g. “Asked by email on 3 May”."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={fieldError(mutation.error, 'reason', checks.errors.reason)}
            data-autofocus
          />
        ) : null}
        <TextField
          label={`Type ${ERASE_WORD} to confirm`}
          name="confirm"
          autoComplete="off"
          spellCheck={false}
          required
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          error={fieldError(mutation.error, 'confirm', checks.errors.confirm)}
          data-autofocus={askReason ? undefined : true}
        />
        <DialogActions pending={mutation.isPending} danger onCancel={close}>
          {confirmLabel}
        </DialogActions>
      </form>
    </Dialog>
  );
}
