import { Link } from 'react-router';
import type { Me, Role } from '../../api/types.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { roleLabel } from '../../lib/roles.ts';

/** The people who answer conversations (the server's inboxRoles); moderators work the community. */
export const INBOX_ROLES: readonly Role[] = ['admin', 'manager', 'agent'];

export function canWorkInbox(role: Role): boolean {
  return INBOX_ROLES.includes(role);
}

/** What the inbox is, for someone whose role does not answer conversations (instead of a 403). */
export function InboxNotForYou({ me }: { me: Me }) {
  return (
    <section data-testid="inbox-page">
      <PageHeader title="Inbox" />
      <div className="empty-state" data-testid="inbox-not-for-role">
        <p className="empty-state-what">
          The inbox is where agents answer every question, complaint, mention, email and phone note that needs
          a reply, each with its response-time clock.
        </p>
        <p className="empty-state-status">
          It is for agents, community managers and admins. You are signed in as {me.name} with the role{' '}
          <strong>{roleLabel(me.role)}</strong>. <Link to="/community">Go to the Community</Link> or see{' '}
          <Link to="/support">when we answer</Link>.
        </p>
      </div>
    </section>
  );
}
