import { Link, useSearchParams } from 'react-router';
import { useMe, useVerifyEmail } from '../../api/auth.ts';
import { errorMessage, Notice } from '../../components/Feedback.tsx';
import { AuthCard } from './AuthLayout.tsx';

export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail(token);
  const me = useMe();
  const signedIn = Boolean(me.data);

  const onward = signedIn ? <Link to="/inbox">Continue to Hearth</Link> : <Link to="/signin">Sign in</Link>;

  let body;
  if (!token) {
    body = (
      <Notice tone="error" testId="verify-email-result">
        <p>This verification link is incomplete: it has no token. Open the link from the email again.</p>
      </Notice>
    );
  } else if (verify.isPending) {
    body = (
      <p className="loading">
        <span className="spinner" aria-hidden="true" />
        Confirming your email address…
      </p>
    );
  } else if (verify.isError) {
    body = (
      <Notice tone="error" testId="verify-email-result">
        <p>{errorMessage(verify.error)}</p>
        <p>
          {signedIn ? (
            <>
              You can send yourself a new link from <Link to="/account">Account settings</Link>.
            </>
          ) : (
            'Sign in to send yourself a new link.'
          )}
        </p>
      </Notice>
    );
  } else {
    body = (
      <Notice tone="success" testId="verify-email-result">
        <p>Your email address is confirmed. Thank you!</p>
      </Notice>
    );
  }

  return (
    <AuthCard title="Confirm your email address">
      <div role="status">{body}</div>
      <ul className="auth-links">
        <li>{onward}</li>
      </ul>
    </AuthCard>
  );
}
