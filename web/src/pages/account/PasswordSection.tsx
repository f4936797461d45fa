import { useState } from 'react';
import type { FormEvent } from 'react';
import { useChangePassword } from '../../api/account.ts';
import { TextField } from '../../components/Field.tsx';
import { fieldError, focusFirstInvalid, FormError, LiveMessage } from '../../components/Feedback.tsx';
import { checkNewPassword, MIN_PASSWORD_LENGTH } from '../../lib/validation.ts';

export function PasswordSection() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = checkNewPassword(newPassword, confirmation);
    if (currentPassword === '') errors.currentPassword = 'Enter your current password.';
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      change.reset();
      focusFirstInvalid(event.currentTarget);
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
        },
      },
    );
  }

  return (
    <section className="card section" aria-labelledby="password" data-testid="password-section">
      <h2 id="password" tabIndex={-1}>
        Password
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={change.error} knownFields={['currentPassword', 'newPassword']} />
        <TextField
          label="Current password"
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fieldError(change.error, 'currentPassword', clientErrors.currentPassword)}
        />
        <TextField
          label="New password"
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldError(change.error, 'newPassword', clientErrors.password)}
        />
        <TextField
          label="Confirm password"
          type="password"
          name="confirmation"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={clientErrors.confirmation}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            Change password
          </button>
          <LiveMessage className="form-status">{change.isSuccess ? 'Password changed.' : ''}</LiveMessage>
        </div>
      </form>
    </section>
  );
}
