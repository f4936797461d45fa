import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe, wasSignedOutOnPurpose } from '../api/auth.ts';
import type { Me } from '../api/types.ts';
import { Forbidden, FullPageError, FullPageLoading } from './StatusPages.tsx';

const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user; only inside <RequireAuth>. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser() must be used inside <RequireAuth>');
  return me;
}

/** Renders its children for a signed-in user; sends everyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.data === undefined) {
    if (me.isError) return <FullPageError error={me.error} onRetry={() => void me.refetch()} />;
    return <FullPageLoading />;
  }
  if (me.data === null) {
    const here = `${location.pathname}${location.search}`;
    const next = wasSignedOutOnPurpose() || here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/signin${next}`} replace />;
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}

/** Admin-only routes: everyone else sees a clear "no access" page. */
export function RequireAdmin() {
  const me = useCurrentUser();
  if (me.role !== 'admin') return <Forbidden me={me} />;
  return <Outlet />;
}
