import { NavLink, Outlet } from 'react-router';
import type { Role } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import '../../styles/inbox-admin.css';

/** The inbox settings' own tabs; raw mail may hold anything, so only admins see it. */
export const INBOX_SETTINGS_NAV: readonly { to: string; label: string; roles?: readonly Role[] }[] = [
  { to: '/inbox/settings/teams', label: 'Teams' },
  { to: '/inbox/settings/rules', label: 'Routing rules' },
  { to: '/inbox/settings/sla', label: 'SLA policies' },
  { to: '/inbox/settings/general', label: 'General' },
  { to: '/inbox/settings/channels', label: 'API channels' },
  { to: '/inbox/settings/replies', label: 'Saved replies' },
  { to: '/inbox/settings/rota', label: 'Rota' },
  { to: '/inbox/settings/raw-mail', label: 'Raw mail', roles: ['admin'] },
];

export function InboxSettingsLayout() {
  const me = useCurrentUser();
  return (
    <div className="admin-layout inbox-settings">
      <p className="eyebrow" aria-hidden="true">
        Inbox settings
      </p>
      <nav className="subnav" aria-label="Inbox settings">
        <ul>
          {INBOX_SETTINGS_NAV.filter((item) => !item.roles || item.roles.includes(me.role)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="subnav-link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
