import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../../api/auth.ts';
import { TextField } from '../../components/Field.tsx';
import { fieldError, FormError, Notice } from '../../components/Feedback.tsx';
import { AuthCard } from './AuthLayout.tsx';

const backToSignIn = (
  <ul className="auth-links">
    <li>
      <Link to="/signin">Back to sign in</Link>
    </li>
  </ul>
);

export function ForgotPasswordPage() {
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    requestReset.mutate({ email: email.trim() });
  }

  if (requestReset.isSuccess) {
    return (
      <AuthCard title="Check your email">
        <div role="status">
          <Notice tone="success" testId="reset-requested">
            <p>If an account exists for that address, we sent a link.</p>
          </Notice>
          <p>The link lets you choose a new password. It expires after a while, so use it soon.</p>
        </div>
        {backToSignIn}
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Forgot your password?"
      intro={
        <p>Enter the email address of your account and we will send you a link to choose a new password.</p>
      }
    >
      <form className="form" onSubmit={onSubmit}>
        <FormError error={requestReset.error} knownFields={['email']} />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError(requestReset.error, 'email')}
        />
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={requestReset.isPending}
        >
          Send reset link
        </button>
      </form>
      {backToSignIn}
    </AuthCard>
  );
}
