import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSuspendUser } from '../../api/admin.ts';
import type { AdminUser } from '../../api/types.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { fieldError, FormError } from '../../components/Feedback.tsx';

export function SuspendDialog({
  user,
  onClose,
  onSuspended,
}: {
  user: AdminUser;
  onClose: () => void;
  onSuspended: (user: AdminUser) => void;
}) {
  const suspend = useSuspendUser();
  const [reason, setReason] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') {
      setClientError('Give a reason: it is kept with the account and in the audit log.');
      return;
    }
    setClientError(undefined);
    suspend.mutate(
      { id: user.id, reason: reason.trim() },
      { onSuccess: ({ user: updated }) => onSuspended(updated) },
    );
  }

  return (
    <Dialog
      title={`Suspend ${user.name}?`}
      description={
        <p>
          {user.name} ({user.email}) will be signed out everywhere and cannot sign in until reinstated.
        </p>
      }
      onClose={onClose}
      testId="suspend-dialog"
      fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={suspend.error} knownFields={['reason']} />
        <TextAreaField
          label="Reason"
          name="reason"
          required
          rows={3}
          maxLength={500}
          data-autofocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError(suspend.error, 'reason', clientError)}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={suspend.isPending}>
            Yes, suspend
          </button>
        </div>
      </form>
    </Dialog>
  );
}
