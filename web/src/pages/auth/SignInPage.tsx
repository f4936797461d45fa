import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMe, useSignIn, useSite } from '../../api/auth.ts';
import type { DemoLogin } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { fieldError, FormError } from '../../components/Feedback.tsx';
import { roleLabel } from '../../lib/roles.ts';
import { safeNextPath } from '../../lib/validation.ts';
import { AuthCard } from './AuthLayout.tsx';

function DemoLogins({ logins, onPick }: { logins: DemoLogin[]; onPick: (login: DemoLogin) => void }) {
  if (logins.length === 0) return null;
  return (
    <section className="demo-logins" aria-labelledby="demo-logins-title" data-testid="demo-logins">
      <h2 id="demo-logins-title">Demo accounts</h2>
      <p>This is a demo site. Pick an account to fill in the form, then sign in.</p>
      <ul>
        {logins.map((login) => (
          <li key={login.email}>
            <button type="button" className="demo-login" onClick={() => onPick(login)}>
              <span className="demo-login-role">{roleLabel(login.role)}</span>
              <span className="demo-login-email">{login.email}</span>
              <span className="visually-hidden">: fill in the form with this account</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SignInPage() {
  const me = useMe();
  const site = useSite();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submitRef = useRef<HTMLButtonElement>(null);

  if (me.data) return <Navigate to={next} replace />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  }

  const inviteOnly = site.data?.signupMode === 'invite';

  return (
    <AuthCard title="Sign in">
      {site.data?.demo ? (
        <DemoLogins
          logins={site.data.demoLogins}
          onPick={(login) => {
            setEmail(login.email);
            setPassword(login.password);
            submitRef.current?.focus();
          }}
        />
      ) : null}
      <form className="form" onSubmit={onSubmit}>
        <FormError error={signIn.error} knownFields={['email', 'password']} />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError(signIn.error, 'email')}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError(signIn.error, 'password')}
        />
        <button
          ref={submitRef}
          type="submit"
          className="button button-primary button-block"
          disabled={signIn.isPending}
        >
          Sign in
        </button>
      </form>
      <ul className="auth-links">
        <li>
          <Link to="/forgot-password">Forgot your password?</Link>
        </li>
        <li>
          {inviteOnly ? 'Have an invitation? ' : 'New here? '}
          <Link to="/signup">Create an account</Link>
        </li>
      </ul>
    </AuthCard>
  );
}
