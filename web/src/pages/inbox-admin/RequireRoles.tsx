import { Link, Outlet } from 'react-router';
import type { Role } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { roleLabel } from '../../lib/roles.ts';

/** Who configures the inbox and reads its reports (the server's inboxPolicy `configure` and `reports`). */
export const inboxConfigureRoles: readonly Role[] = ['admin', 'manager'];

function listOf(roles: readonly Role[]): string {
  const labels = roles.map((role) => `${roleLabel(role).toLowerCase()}s`);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`
    : (labels[0] ?? '');
}

/** Renders the child routes for these roles; everyone else learns who may see `what`. */
export function RequireRoles({ roles, what }: { roles: readonly Role[]; what: string }) {
  const me = useCurrentUser();
  if (roles.includes(me.role)) return <Outlet />;
  return (
    <section className="status-page" data-testid="forbidden">
      <PageHeader title="You don't have access" documentTitle="No access" />
      <p>
        {what} are for {listOf(roles)}. You are signed in as {me.name} with the role{' '}
        <strong>{roleLabel(me.role)}</strong>. If you need access, ask an administrator.
      </p>
      <p>
        <Link to="/inbox">Go to the Inbox</Link>
      </p>
    </section>
  );
}
