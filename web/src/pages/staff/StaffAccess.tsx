import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { QueryError } from '../../components/Feedback.tsx';
import { roleLabel } from '../../lib/roles.ts';

/** A queue's load error: "not for you" explained plainly, anything else with a retry button. */
export function QueueError({ error, who, onRetry }: { error: unknown; who: string; onRetry: () => void }) {
  const me = useCurrentUser();
  if (isApiError(error) && error.status === 403) {
    return (
      <div className="status-page" data-testid="forbidden">
        <p>
          This queue is for {who}. You are signed in as {me.name} with the role{' '}
          <strong>{roleLabel(me.role)}</strong>. If you should have access, ask an administrator.
        </p>
        <p>
          <Link to="/community">Go to the Community</Link>
        </p>
      </div>
    );
  }
  return <QueryError error={error} onRetry={onRetry} />;
}
