import { useState } from 'react';
import type { FormEvent } from 'react';
import { useChangePassword } from '../../api/account.ts';
import { TextField } from '../../components/Field.tsx';
import { fieldError, FormError, LiveMessage, useClientChecks } from '../../components/Feedback.tsx';
import { EMPTY_NEW_PASSWORD, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { checkNewPassword } from '../../lib/validation.ts';

export function PasswordSection() {
  const change = useChangePassword();
  const checks = useClientChecks(change);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState(EMPTY_NEW_PASSWORD);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = checkNewPassword(newPassword.password, newPassword.confirmation);
    if (currentPassword === '') errors.currentPassword = 'Enter your current password.';
    if (!checks.passes(event, errors)) return;
    change.mutate(
      { currentPassword, newPassword: newPassword.password },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword(EMPTY_NEW_PASSWORD);
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
          error={fieldError(change.error, 'currentPassword', checks.errors.currentPassword)}
        />
        <NewPasswordFields
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          serverError={change.error}
          clientErrors={checks.errors}
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
