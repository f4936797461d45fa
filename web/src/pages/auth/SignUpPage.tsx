import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMe, useSignUp, useSite } from '../../api/auth.ts';
import { TextField } from '../../components/Field.tsx';
import { fieldError, FormError, Notice, useClientChecks } from '../../components/Feedback.tsx';
import { NewPasswordField } from '../../components/NewPasswordFields.tsx';
import { checkNewPassword } from '../../lib/validation.ts';
import { AuthCard } from './AuthLayout.tsx';
import { InvitationSummary } from './InvitationSummary.tsx';

export function SignUpPage() {
  const me = useMe();
  const site = useSite();
  const [params] = useSearchParams();
  const invitedCode = params.get('invite') ?? '';
  const signUp = useSignUp();
  const checks = useClientChecks(signUp);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [inviteCode, setInviteCode] = useState(invitedCode);

  if (signUp.isSuccess) return <Navigate to="/inbox" replace />;

  if (me.data) {
    return (
      <AuthCard title="Create an account">
        <Notice>
          <p>
            You are already signed in as {me.data.name} ({me.data.email}). Sign out first to create another
            account.
          </p>
        </Notice>
        <p>
          <Link to="/inbox">Go to the Inbox</Link>
        </p>
      </AuthCard>
    );
  }

  const inviteOnly = site.data?.signupMode === 'invite';
  const showInviteField = inviteOnly || invitedCode !== '';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = checkNewPassword(password);
    if (name.trim() === '') errors.name = 'Enter your name.';
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'Enter a valid email address.';
    if (inviteOnly && inviteCode.trim() === '') errors.inviteCode = 'Enter the code from your invitation.';
    if (!checks.passes(event, errors)) return;
    signUp.mutate({
      name: name.trim(),
      email: email.trim(),
      password,
      ...(inviteCode.trim() ? { inviteCode: inviteCode.trim() } : {}),
    });
  }

  return (
    <AuthCard
      title="Create an account"
      intro={
        inviteOnly || invitedCode ? (
          <>
            {inviteOnly ? (
              <p data-testid="invite-only-notice">
                Joining is by invitation only. Enter the invitation code you received
                {invitedCode ? ' (it is already filled in from your link)' : ''}.
              </p>
            ) : null}
            {invitedCode ? <InvitationSummary code={invitedCode} /> : null}
          </>
        ) : null
      }
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={signUp.error} knownFields={['name', 'email', 'password', 'inviteCode']} />
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(signUp.error, 'name', checks.errors.name)}
        />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError(signUp.error, 'email', checks.errors.email)}
        />
        <NewPasswordField
          label="Password"
          name="password"
          value={password}
          onChange={setPassword}
          error={fieldError(signUp.error, 'password', checks.errors.password)}
        />
        {showInviteField ? (
          <TextField
            label="Invitation code"
            name="inviteCode"
            autoComplete="off"
            spellCheck={false}
            required={inviteOnly}
            value={inviteCode}
            onChange={(event) => setInviteCode(event.target.value)}
            error={fieldError(signUp.error, 'inviteCode', checks.errors.inviteCode)}
          />
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={signUp.isPending}>
          Create account
        </button>
      </form>
      <ul className="auth-links">
        <li>
          Already have an account? <Link to="/signin">Sign in</Link>
        </li>
      </ul>
    </AuthCard>
  );
}
