import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { useUnsubscribe } from '../../api/notifications.ts';
import { FormError, Notice } from '../../components/Feedback.tsx';
import { AuthCard } from '../auth/AuthLayout.tsx';

/**
 * Where the link in every notification email leads (/unsubscribe?u=…&t=…). It works signed out:
 * the signed link is the credential. Nothing happens until the person presses the button, so
 * mail scanners that open links do not unsubscribe anyone.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const u = params.get('u') ?? '';
  const t = params.get('t') ?? '';
  const unsubscribe = useUnsubscribe();
  const me = useMe();
  const complete = u !== '' && t !== '';
  const done = unsubscribe.isSuccess;

  return (
    <AuthCard
      title="Stop notification emails"
      intro={
        <p>
          Unsubscribe to stop every notification email from this community: replies, mentions, accepted
          answers and messages.
        </p>
      }
    >
      <div role="status">
        {done ? (
          <Notice tone="success" testId="unsubscribe-result">
            <p>Done: you will not get notification emails any more.</p>
            <p>
              Notifications still appear in Hearth. You can turn emails back on under Account › Notifications.
            </p>
          </Notice>
        ) : null}
      </div>
      {!complete ? (
        <Notice tone="error" testId="unsubscribe-result">
          <p>This unsubscribe link is incomplete. Open the link from the email again.</p>
        </Notice>
      ) : null}
      {complete && !done ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            unsubscribe.mutate({ u, t });
          }}
        >
          <FormError error={unsubscribe.error} />
          <button
            type="submit"
            className="button button-primary button-block"
            disabled={unsubscribe.isPending}
            aria-busy={unsubscribe.isPending || undefined}
          >
            Unsubscribe
          </button>
        </form>
      ) : null}
      <ul className="auth-links">
        <li>
          {me.data ? (
            <Link to="/account#notifications">Choose which notifications you get</Link>
          ) : (
            <Link to={`/signin?next=${encodeURIComponent('/account#notifications')}`}>
              Sign in to choose which notifications you get
            </Link>
          )}
        </li>
      </ul>
    </AuthCard>
  );
}
