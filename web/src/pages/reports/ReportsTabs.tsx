import { Link, Outlet, useLocation } from 'react-router';

const TABS = [
  { to: '/reports', label: 'Inbox' },
  { to: '/reports/demand', label: 'Demand' },
] as const;

/** The reports' tabs: the inbox report, and the demand report (most requested ideas and bugs). */
export function ReportsTabs() {
  const path = useLocation().pathname.replace(/\/+$/, '') || '/';
  return (
    <>
      <nav className="subnav" aria-label="Reports">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.to}>
              <Link to={tab.to} className="subnav-link" aria-current={path === tab.to ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
