import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useConfirmPasswordReset } from '../../api/auth.ts';
import { TextField } from '../../components/Field.tsx';
import { fieldError, focusFirstInvalid, FormError, Notice } from '../../components/Feedback.tsx';
import { checkNewPassword, MIN_PASSWORD_LENGTH } from '../../lib/validation.ts';
import { AuthCard } from './AuthLayout.tsx';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirmReset = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  if (!token) {
    return (
      <AuthCard title="Choose a new password">
        <Notice tone="error">
          <p>
            This reset link is incomplete: it has no token. Open the link from the email again, or ask for a
            new one.
          </p>
        </Notice>
        <ul className="auth-links">
          <li>
            <Link to="/forgot-password">Ask for a new reset link</Link>
          </li>
        </ul>
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
    const errors = checkNewPassword(password, confirmation);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      confirmReset.reset();
      focusFirstInvalid(event.currentTarget);
      return;
    }
    confirmReset.mutate({ token, password });
  }

  return (
    <AuthCard title="Choose a new password">
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={confirmReset.error} knownFields={['password']} />
        <TextField
          label="New password"
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError(confirmReset.error, 'password', clientErrors.password)}
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
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={confirmReset.isPending}
        >
          Change password
        </button>
      </form>
      {confirmReset.isError ? (
        <ul className="auth-links">
          <li>
            <Link to="/forgot-password">Ask for a new reset link</Link>
          </li>
        </ul>
      ) : null}
    </AuthCard>
  );
}
