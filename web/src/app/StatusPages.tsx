import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client.ts';
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

export interface NotForRoleProps {
  me: Me;
  /** The section's heading, e.g. "Inbox". */
  title: string;
  /** The test id prefix: `<testId>-page` on the section, `<testId>-not-for-role` on the note. */
  testId: string;
  /** What the section is. */
  what: ReactNode;
  /** Whom it is for, e.g. "agents, community managers and admins". */
  who: string;
  /** Where to go instead; the Community by default. */
  elsewhere?: ReactNode;
}

/** What a section is, for someone whose role does not use it (instead of a 403). */
export function NotForRole({ me, title, testId, what, who, elsewhere }: NotForRoleProps) {
  return (
    <section data-testid={`${testId}-page`}>
      <PageHeader title={title} />
      <div className="empty-state" data-testid={`${testId}-not-for-role`}>
        <p className="empty-state-what">{what}</p>
        <p className="empty-state-status">
          It is for {who}. You are signed in as {me.name} with the role <strong>{roleLabel(me.role)}</strong>.{' '}
          {elsewhere ?? <Link to="/community">Go to the Community</Link>}.
        </p>
      </div>
    </section>
  );
}

export interface PageLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  /** The heading when the address names nothing, e.g. "No such alert". */
  title: string;
  documentTitle: string;
  testId: string;
  /** Why it may be missing; "The link may be incomplete." by default. */
  why?: string;
  /** The way back, e.g. a link to the list. */
  back: ReactNode;
}

/** A page's one thing did not load: "No such …" when the address names nothing, else the error and a retry. */
export function PageLoadError({
  error,
  onRetry,
  title,
  documentTitle,
  testId,
  why,
  back,
}: PageLoadErrorProps) {
  if (!isApiError(error) || (error.status !== 404 && error.code !== 'VALIDATION_FAILED'))
    return <QueryError error={error} onRetry={onRetry} />;
  return (
    <section className="status-page" data-testid={testId}>
      <PageHeader title={title} documentTitle={documentTitle} />
      <p>
        {why ?? 'The link may be incomplete.'} {back}
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
