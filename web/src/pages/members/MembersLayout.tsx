import { Outlet } from 'react-router';
import { useCurrentUser } from '../../app/guards.tsx';
import { NotForRole } from '../../app/StatusPages.tsx';
import '../../styles/listening.css';
import '../../styles/members.css';
import { canReadMembers } from './access.ts';

/** Around every members page: the pages for the people who look after members; others learn what it is. */
export function MembersLayout() {
  const me = useCurrentUser();
  if (canReadMembers(me.role)) return <Outlet />;
  return (
    <NotForRole
      me={me}
      title="Members"
      testId="members"
      what="Members gathers everyone Hearth has met into one profile per person, across the forum, mentions and email: who they are on each channel and everything they did, newest first."
      who="agents, moderators, community managers and admins"
    />
  );
}
