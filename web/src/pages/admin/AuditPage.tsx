import { useAuditLog, useVerifyAuditChain } from '../../api/admin.ts';
import type { AuditEvent, AuditVerifyResult } from '../../api/types.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { DataTable, LoadMore } from '../../components/DataTable.tsx';
import { FormError, Loading, Notice, QueryError } from '../../components/Feedback.tsx';

function target(event: AuditEvent): string {
  if (!event.targetType && !event.targetId) return '—';
  return [event.targetType, event.targetId].filter(Boolean).join(' ');
}

function VerifyResult({ result }: { result: AuditVerifyResult }) {
  const checked = `${result.checked} ${result.checked === 1 ? 'event' : 'events'} checked`;
  if (result.ok) {
    return (
      <Notice tone="success" testId="audit-verify-result">
        <p>
          <strong>The chain is intact.</strong> {checked}; none has been changed or removed.
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="error" testId="audit-verify-result">
      <p>
        <strong>The chain is broken{result.brokenAt !== null ? ` at event #${result.brokenAt}` : ''}.</strong>{' '}
        {checked}.{result.reason ? ` ${result.reason}` : ''}
      </p>
      <p>An event was changed or removed outside Hearth. Keep a backup of the database and investigate.</p>
    </Notice>
  );
}

export function AuditPage() {
  const audit = useAuditLog();
  const verify = useVerifyAuditChain();
  const events = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section data-testid="admin-audit-page">
      <PageHeader
        title="Audit log"
        documentTitle="Audit log · Admin"
        description="Every staff and admin action, newest first. Each event is chained to the one before, so tampering shows."
        actions={
          <button
            type="button"
            className="button"
            onClick={() => verify.mutate()}
            disabled={verify.isPending}
          >
            Verify chain
          </button>
        }
      />
      <div role="status" className="page-status">
        {verify.isPending ? <p>Verifying the chain…</p> : null}
        {verify.data ? <VerifyResult result={verify.data} /> : null}
      </div>
      <FormError error={verify.error} />

      {audit.isPending ? <Loading label="Loading the audit log…" /> : null}
      {audit.isError && !audit.data ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : null}
      {audit.isSuccess && events.length === 0 ? (
        <p className="empty-inline">No events recorded yet.</p>
      ) : null}
      {events.length > 0 ? (
        <DataTable
          caption="Audit events"
          columns={['#', 'Time', 'Actor', 'Action', 'Target', 'IP address']}
          testId="audit-table"
        >
          {events.map((event) => (
            <tr key={event.id} data-testid="audit-row">
              <td data-label="#" className="numeric">
                {event.id}
              </td>
              <td data-label="Time">
                <Time iso={event.at} />
              </td>
              <td data-label="Actor">
                {event.actor ? event.actor.name : <span className="muted">System</span>}
              </td>
              <td data-label="Action">
                <code>{event.action}</code>
              </td>
              <td data-label="Target" className="cell-break">
                {target(event)}
              </td>
              <td data-label="IP address">{event.ip ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <LoadMore query={audit} />
    </section>
  );
}
