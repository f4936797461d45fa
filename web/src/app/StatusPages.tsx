import { Link } from 'react-router';
import type { Me } from '../api/types.ts';
import { PageHeader } from '../components/Bits.tsx';
import { QueryError } from '../components/Feedback.tsx';
import { roleLabel } from '../lib/roles.ts';
import { useDocumentTitle } from '../lib/hooks.ts';

export function FullPageLoading() {
  useDocumentTitle('');
  return (
    <main id="main" className="full-page" tabIndex={-1}>
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Loading Hearth…
      </p>
    </main>
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle('Cannot load');
  return (
    <main id="main" className="full-page" tabIndex={-1}>
      <div className="card full-page-card">
        <h1>Hearth could not load</h1>
        <QueryError error={error} onRetry={onRetry} />
      </div>
    </main>
  );
}

export function Forbidden({ me }: { me: Me }) {
  return (
    <section className="status-page" data-testid="forbidden">
      <PageHeader title="You don't have access" documentTitle="No access" />
      <p>
        This page is only for administrators. You are signed in as {me.name} with the role{' '}
        <strong>{roleLabel(me.role)}</strong>. If you need access, ask an administrator.
      </p>
      <p>
        <Link to="/inbox">Go to the Inbox</Link>
      </p>
    </section>
  );
}

export function NotFound() {
  return (
    <section className="status-page">
      <PageHeader title="Page not found" />
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
