import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../../api/auth.ts';
import { FormError, Notice, useClientChecks } from '../../components/Feedback.tsx';
import { EMPTY_NEW_PASSWORD, NewPasswordFields } from '../../components/NewPasswordFields.tsx';
import { checkNewPassword } from '../../lib/validation.ts';
import { AuthCard } from './AuthLayout.tsx';

const askForNewLink = (
  <ul className="auth-links">
    <li>
      <Link to="/forgot-password">Ask for a new reset link</Link>
    </li>
  </ul>
);

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirmReset = useConfirmPasswordReset();
  const checks = useClientChecks(confirmReset);
  const [newPassword, setNewPassword] = useState(EMPTY_NEW_PASSWORD);

  if (!token) {
    return (
      <AuthCard title="Choose a new password">
        <Notice tone="error">
          <p>
            This reset link is incomplete: it has no token. Open the link from the email again, or ask for a
            new one.
          </p>
        </Notice>
        {askForNewLink}
      </AuthCard>
    );
  }

  if (confirmReset.isSuccess) {
    return (
      <AuthCard title="Password changed">
        <div role="status">
          <Notice tone="success" testId="reset-done">
            <p>Your password has been changed. You can now sign in with it.</p>
          </Notice>
        </div>
        <p>
          <Link to="/signin" className="button button-primary">
            Sign in
          </Link>
        </p>
      </AuthCard>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { password, confirmation } = newPassword;
    if (!checks.passes(event, checkNewPassword(password, confirmation))) return;
    confirmReset.mutate({ token, password });
  }

  return (
    <AuthCard title="Choose a new password">
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={confirmReset.error} knownFields={['password']} />
        <NewPasswordFields
          name="password"
          value={newPassword}
          onChange={setNewPassword}
          serverError={confirmReset.error}
          clientErrors={checks.errors}
        />
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={confirmReset.isPending}
        >
          Change password
        </button>
      </form>
      {confirmReset.isError ? askForNewLink : null}
    </AuthCard>
  );
}
