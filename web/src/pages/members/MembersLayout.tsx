import { Link, Outlet, useLocation } from 'react-router';
import type { Role } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { NotForRole } from '../../app/StatusPages.tsx';
import '../../styles/listening.css';
import '../../styles/members.css';
import '../../styles/members-outreach.css';
import { canReadMembers, canSendCampaigns } from './access.ts';

interface MembersTab {
  to: string;
  label: string;
  /** Whether this role sees the tab (all who read members, when absent). */
  allowed?: (role: Role) => boolean;
}

/** The members area's own tabs: Members · Welcome queue · Advocates · Campaigns. */
export const MEMBERS_TABS: readonly MembersTab[] = [
  { to: '/members', label: 'Members' },
  { to: '/members/welcome', label: 'Welcome queue' },
  { to: '/members/advocates', label: 'Advocates' },
  { to: '/members/campaigns', label: 'Campaigns', allowed: canSendCampaigns },
];

/** The tab a path belongs to: the longest whose address starts it (a profile belongs to Members). */
function currentTab(path: string, tabs: readonly MembersTab[]): MembersTab | undefined {
  return tabs
    .filter((tab) => path === tab.to || path.startsWith(`${tab.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];
}

/** Around every members page: the tabs, for the people who look after members; others learn what it is. */
export function MembersLayout() {
  const me = useCurrentUser();
  const location = useLocation();
  if (!canReadMembers(me.role))
    return (
      <NotForRole
        me={me}
        title="Members"
        testId="members"
        what="Members gathers everyone Hearth has met into one profile per person, across the forum, mentions and email: who they are on each channel and everything they did, newest first."
        who="agents, moderators, community managers and admins"
      />
    );
  const tabs = MEMBERS_TABS.filter((tab) => !tab.allowed || tab.allowed(me.role));
  const current = currentTab(location.pathname.replace(/\/+$/, '') || '/', tabs);
  return (
    <div className="members-area">
      <nav className="subnav" aria-label="Members">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <Link to={tab.to} className="subnav-link" aria-current={tab === current ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
