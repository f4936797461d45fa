// What went wrong with a change to a crisis room, in words that say what to do next.
import { Link } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { FormError } from '../../../components/Feedback.tsx';

/** Shown in the form whose change failed; the room itself has been reloaded by then when stale. */
export function RoomError({ error, knownFields }: { error: unknown; knownFields?: readonly string[] }) {
  const me = useCurrentUser();
  if (!error) return null;
  if (isApiError(error, 'CRISIS_CHANGED'))
    return (
      <div className="alert alert-warning" role="alert" data-testid="crisis-changed">
        <p>Someone changed this room; it has been reloaded. Check what changed, then try again.</p>
      </div>
    );
  if (isApiError(error, 'CRISIS_CLOSED'))
    return (
      <div className="alert alert-warning" role="alert">
        <p>This crisis room has been closed in the meantime; it has been reloaded and is read-only now.</p>
      </div>
    );
  if (isApiError(error, 'STATEMENT_WRONG_STAGE'))
    return (
      <div className="alert alert-warning" role="alert">
        <p>
          Someone approved, edited or published this statement in the meantime; the room has been reloaded.
          Check its stage, then try again.
        </p>
      </div>
    );
  if (isApiError(error, 'STATEMENT_NO_ANNOUNCEMENTS'))
    return (
      <div className="alert alert-error" role="alert" data-testid="crisis-no-announcements">
        <p>
          There is no announcements space in the community to publish in. An admin must add a space of the
          kind “Announcements”
          {me.role === 'admin' ? (
            <>
              {' '}
              in <Link to="/admin/spaces">Admin › Spaces</Link>
            </>
          ) : (
            ' in Admin › Spaces'
          )}
          ; then publish the statement again.
        </p>
      </div>
    );
  if (isApiError(error, 'CRISIS_MEMBER_NOT_STAFF'))
    return (
      <div className="alert alert-error" role="alert">
        <p>Only agents, managers and admins can be on deck; this person is not (or no longer) one of them.</p>
      </div>
    );
  return <FormError error={error} knownFields={knownFields} />;
}
