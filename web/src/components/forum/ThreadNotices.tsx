import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Thread } from '../../api/types.ts';
import { Notice } from '../Feedback.tsx';

/** The reply box when the reader may reply; otherwise why not (and how to, when signing in helps). */
export function ReplyArea({
  thread,
  signedIn,
  children,
}: {
  thread: Thread;
  signedIn: boolean;
  children: ReactNode;
}) {
  const location = useLocation();
  if (thread.can.reply) return <>{children}</>;
  if (!signedIn) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <p className="empty-inline">
        <Link to={`/signin?next=${next}`}>Sign in</Link> to reply.
      </p>
    );
  }
  if (thread.closed) return <Notice testId="closed-notice">This thread is closed to new replies.</Notice>;
  if (thread.locked)
    return <Notice testId="locked-notice">This thread is locked: only moderators can reply.</Notice>;
  return <p className="muted">You can read this thread, but not reply in this space.</p>;
}

/** What outsiders see of a conversation staff took private: the title (above) and the public note. */
export function PrivateStub({ thread }: { thread: Thread }) {
  return (
    <Notice tone="info" testId="private-stub">
      <p>
        <strong>This conversation continues in private.</strong>
      </p>
      <p>{thread.privateNote ?? 'Staff took this conversation private to help the member directly.'}</p>
    </Notice>
  );
}
