import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';
import { useMe, useSite } from '../../api/auth.ts';
import { AppShell } from '../../app/AppShell.tsx';
import { RequireAuth } from '../../app/guards.tsx';
import { SkipLink } from '../../app/SkipLink.tsx';
import { FullPageError, FullPageLoading } from '../../app/StatusPages.tsx';
import { FlameIcon } from '../../components/Icons.tsx';

/** The frame for signed-out visitors: the brand, a way to sign in, and the page. */
function PublicShell() {
  const site = useSite();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const siteName = site.data?.name;
  return (
    <>
      <SkipLink />
      <div className="public-shell">
        <header className="topbar public-topbar">
          <Link to="/community" className="brand">
            <FlameIcon />
            <span className="brand-name">Hearth</span>
          </Link>
          {siteName && siteName !== 'Hearth' ? <span className="site-name">{siteName}</span> : null}
          <div className="topbar-end">
            <Link to="/support">When will we answer?</Link>
            <Link className="button button-small" to={`/signin?next=${encodeURIComponent(here)}`}>
              Sign in
            </Link>
          </div>
        </header>
        <main id="main" className="main public-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}

/**
 * The community is readable without an account (where its spaces admit "anyone"): signed-in people
 * get the usual command-center shell, visitors a light public one.
 */
export function CommunityFrame() {
  const me = useMe();
  const navigationType = useNavigationType();

  // Coming here by a link from another section mounts a new shell: put focus where a page load would.
  useEffect(() => {
    if (navigationType !== 'PUSH') return;
    const main = document.getElementById('main');
    (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
    // Only when the frame first mounts; the shell handles moves inside the community.
  }, []);

  if (me.data === undefined) {
    if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
    return <FullPageLoading />;
  }
  if (me.data === null) return <PublicShell />;
  return (
    <RequireAuth>
      <AppShell />
    </RequireAuth>
  );
}
