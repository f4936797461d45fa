import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useSite } from '../../api/auth.ts';
import { FlameIcon } from '../../components/Icons.tsx';
import { useDocumentTitle } from '../../lib/hooks.ts';
import { SkipLink } from '../../app/SkipLink.tsx';

/** The signed-out layout: a centred card under the product name. */
export function AuthLayout() {
  const site = useSite();
  const siteName = site.data?.name;
  return (
    <>
      <SkipLink />
      <div className="auth-layout">
        <header className="auth-brand">
          <FlameIcon />
          <span className="brand-name">Hearth</span>
          {siteName && siteName !== 'Hearth' ? <span className="site-name">{siteName}</span> : null}
        </header>
        <main id="main" className="auth-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}

export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="card auth-card">
      <h1>{title}</h1>
      {intro ? <div className="auth-intro">{intro}</div> : null}
      {children}
    </div>
  );
}
