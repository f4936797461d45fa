import { Link } from 'react-router';
import type { Me, Role } from '../../api/types.ts';
import { NotForRole } from '../../app/StatusPages.tsx';

/** The people who answer conversations (the server's inboxRoles); moderators work the community. */
export const INBOX_ROLES: readonly Role[] = ['admin', 'manager', 'agent'];

export function canWorkInbox(role: Role): boolean {
  return INBOX_ROLES.includes(role);
}

/** What the inbox is, for someone whose role does not answer conversations (instead of a 403). */
export function InboxNotForYou({ me }: { me: Me }) {
  return (
    <NotForRole
      me={me}
      title="Inbox"
      testId="inbox"
      what="The inbox is where agents answer every question, complaint, mention, email and phone note that needs a reply, each with its response-time clock."
      who="agents, community managers and admins"
      elsewhere={
        <>
          <Link to="/community">Go to the Community</Link> or see <Link to="/support">when we answer</Link>
        </>
      }
    />
  );
}
