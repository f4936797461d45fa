import { Link, Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { listeningKeys, useAlerts } from '../../api/listening.ts';
import type { Me } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { useLiveEvent } from '../../app/live.tsx';
import { NotForRole } from '../../app/StatusPages.tsx';
import '../../styles/inbox-admin.css';
import '../../styles/listening.css';
import { canConfigureListening, canListen } from './access.ts';

interface ListeningTab {
  to: string;
  label: string;
  /** Only for the people who set listening up (admins and managers). */
  configure?: boolean;
  /** Whether the tab is the current one for this path (a mention belongs to the stream). */
  current: (path: string) => boolean;
}

const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Listening's own tabs: Stream · Alerts · Crisis rooms · Outreach · Reports · Sources · Rules · Settings. */
export const LISTENING_TABS: readonly ListeningTab[] = [
  {
    to: '/listening',
    label: 'Stream',
    current: (path) => path === '/listening' || under('/listening/items')(path),
  },
  { to: '/listening/alerts', label: 'Alerts', current: under('/listening/alerts') },
  { to: '/listening/crises', label: 'Crisis rooms', current: under('/listening/crises') },
  { to: '/listening/outreach', label: 'Outreach', current: under('/listening/outreach') },
  { to: '/listening/reports', label: 'Reports', current: under('/listening/reports') },
  {
    to: '/listening/settings/sources',
    label: 'Sources',
    configure: true,
    current: under('/listening/settings/sources'),
  },
  {
    to: '/listening/settings/rules',
    label: 'Rules',
    configure: true,
    current: under('/listening/settings/rules'),
  },
  {
    to: '/listening/settings/general',
    label: 'Settings',
    configure: true,
    current: under('/listening/settings/general'),
  },
];

/** The tabs and the live refresh of alerts around every listening page; others learn what it is. */
export function ListeningLayout() {
  const me = useCurrentUser();
  if (!canListen(me.role)) return <ListeningNotForYou me={me} />;
  return <ListeningFrame me={me} />;
}

function ListeningFrame({ me }: { me: Me }) {
  const client = useQueryClient();
  const location = useLocation();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const open = useAlerts('open');
  const openCount = open.data?.length ?? 0;

  // An alert was raised or acknowledged: every list, strip and detail of alerts is cheap to ask again.
  useLiveEvent('listening.alerts', () => {
    void client.invalidateQueries({ queryKey: listeningKeys.alerts });
  });

  const tabs = LISTENING_TABS.filter((tab) => !tab.configure || canConfigureListening(me.role));
  return (
    <div className="listening" data-testid="listening">
      <p className="eyebrow" aria-hidden="true">
        Listening
      </p>
      <nav className="subnav" aria-label="Listening">
        <ul>
          {tabs.map((tab) => {
            const current = tab.current(path);
            return (
              <li key={tab.to}>
                <Link to={tab.to} className="subnav-link" aria-current={current ? 'page' : undefined}>
                  {tab.label}
                  {tab.to === '/listening/alerts' && openCount > 0 ? (
                    <span
                      className="subnav-count"
                      aria-hidden="true"
                      data-testid="listening-alerts-tab-count"
                    >
                      {openCount > 99 ? '99+' : openCount}
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

/** What listening is, for someone whose role does not follow it (instead of a 403). */
function ListeningNotForYou({ me }: { me: Me }) {
  return (
    <NotForRole
      me={me}
      title="Listening"
      testId="listening"
      what="Listening gathers what people say about your brand, products and competitors from feeds, webhooks, email and imports, scores each mention’s sentiment and warns early when mentions spike."
      who="agents, community managers and admins"
    />
  );
}
