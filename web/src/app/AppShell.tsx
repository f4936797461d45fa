import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useResendVerification } from '../api/account.ts';
import { useSite } from '../api/auth.ts';
import { queryKeys } from '../api/keys.ts';
import { useSpacesWithAudiences } from '../api/staff.ts';
import type { Me } from '../api/types.ts';
import { errorMessage } from '../components/Feedback.tsx';
import { CloseIcon, FlameIcon, MenuIcon } from '../components/Icons.tsx';
import { NotificationBell } from '../pages/notifications/NotificationBell.tsx';
import '../styles/staff.css';
import { LiveProvider, useLiveEvent, useLiveState } from './live.tsx';
import type { LiveState } from './live.tsx';
import { staffNavNeedsSpaces, visibleNav, visibleStaffNav } from './nav.tsx';
import { SkipLink } from './SkipLink.tsx';
import { UserMenu } from './UserMenu.tsx';
import { useCurrentUser } from './guards.tsx';

const LIVE_LABELS: Record<LiveState, string> = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

function LiveIndicator() {
  const state = useLiveState();
  return (
    <p
      className={`live-indicator live-${state}`}
      data-testid="live-status"
      data-state={state}
      title={state === 'open' ? 'Updates appear as they happen' : 'Live updates are paused'}
    >
      <span className="live-dot" aria-hidden="true" />
      <span className="live-label">{LIVE_LABELS[state]}</span>
    </p>
  );
}

/** Keeps the signed-in user fresh when an admin changes them elsewhere. */
function MeLiveSync({ me }: { me: Me }) {
  const client = useQueryClient();
  useLiveEvent('users.changed', ({ userId }) => {
    if (userId === me.id) void client.invalidateQueries({ queryKey: queryKeys.me });
  });
  return null;
}

/** The staff queues' entries, for the roles (and the space moderators) the server lets use them. */
function StaffNav({ me }: { me: Me }) {
  const client = useQueryClient();
  const needsSpaces = staffNavNeedsSpaces(me.role);
  const spaces = useSpacesWithAudiences(needsSpaces);
  useLiveEvent('spaces.changed', () => {
    if (needsSpaces) void client.invalidateQueries({ queryKey: queryKeys.spaces });
  });
  const moderated = (spaces.data?.items ?? []).filter((space) => space.moderatorIds.includes(me.id));
  const items = visibleStaffNav(me.role, moderated);
  if (items.length === 0) return null;
  return (
    <>
      <p className="nav-group-label" id="nav-staff-label">
        Staff
      </p>
      <ul className="nav-list" aria-labelledby="nav-staff-label">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="nav-link">
              {item.icon}
              <span>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </>
  );
}

function VerifyEmailBanner({ me }: { me: Me }) {
  const resend = useResendVerification();
  if (me.emailVerified) return null;
  return (
    <div className="banner" data-testid="verify-email-banner">
      <p>
        Please confirm your email address: we sent a link to <strong>{me.email}</strong>.
      </p>
      {resend.isSuccess ? (
        <p role="status">Sent. Check your inbox.</p>
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => resend.mutate()}
          disabled={resend.isPending}
        >
          Resend the link
        </button>
      )}
      {resend.isError ? (
        <p className="field-error" role="alert">
          {errorMessage(resend.error)}
        </p>
      ) : null}
    </div>
  );
}

/** The signed-in layout: header, primary navigation, and the page. */
export function AppShell() {
  const me = useCurrentUser();
  const site = useSite();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading (like a page load would
  // reset it) and close the phone menu. Not on the first render, and not for ?query changes.
  useEffect(() => {
    setNavOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (!navOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setNavOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navOpen]);

  const siteName = site.data?.name;

  return (
    <LiveProvider>
      <MeLiveSync me={me} />
      <SkipLink />
      <div className="shell">
        <header className="topbar">
          <button
            ref={menuButton}
            type="button"
            className="icon-button menu-toggle"
            aria-expanded={navOpen}
            aria-controls="primary-nav"
            onClick={() => setNavOpen((open) => !open)}
          >
            {navOpen ? <CloseIcon /> : <MenuIcon />}
            <span className="visually-hidden">Menu</span>
          </button>
          <Link to="/inbox" className="brand">
            <FlameIcon />
            <span className="brand-name">Hearth</span>
          </Link>
          {siteName && siteName !== 'Hearth' ? <span className="site-name">{siteName}</span> : null}
          <div className="topbar-end">
            <LiveIndicator />
            <NotificationBell />
            <UserMenu me={me} />
          </div>
        </header>
        <nav id="primary-nav" className="sidebar" aria-label="Primary" data-open={navOpen}>
          <ul className="nav-list">
            {visibleNav(me.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="nav-link">
                  {item.icon}
                  <span>{item.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
          <StaffNav me={me} />
        </nav>
        <main id="main" className="main" tabIndex={-1} ref={mainRef}>
          {location.pathname === '/account' ? null : <VerifyEmailBanner me={me} />}
          <Outlet />
        </main>
      </div>
    </LiveProvider>
  );
}
