import { useState } from 'react';
import { useInvitationBatches, useRevokeBatch } from '../../../api/invitations.ts';
import type { InvitationBatch } from '../../../api/invitations.ts';
import { Time } from '../../../components/Bits.tsx';
import { ActionsCell, DataTable, RevokeButton } from '../../../components/DataTable.tsx';
import { Loading, QueryError } from '../../../components/Feedback.tsx';
import { RevokeDialog } from './RevokeDialog.tsx';

const unused = (batch: InvitationBatch) => batch.size - batch.used - batch.revoked;

export function BatchTable() {
  const batches = useInvitationBatches();
  const revoke = useRevokeBatch();
  const [toRevoke, setToRevoke] = useState<InvitationBatch | null>(null);
  const items = batches.data ?? [];

  return (
    <>
      {batches.isPending ? <Loading label="Loading batches…" /> : null}
      {batches.isError ? <QueryError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      {batches.isSuccess && items.length === 0 ? <p className="empty-inline">No printed codes yet.</p> : null}
      {items.length > 0 ? (
        <DataTable
          caption="Batches of printed codes"
          columns={['Batch', 'Codes', 'Used', 'Unused', 'Revoked', 'Group', 'Expires']}
          actions
          testId="batches-table"
        >
          {items.map((batch) => (
            <tr key={batch.id} data-testid="batch-row">
              <td data-label="Batch" className="cell-break">
                {batch.name}
                <span className="cell-note">
                  {' '}
                  by {batch.createdBy.name}, <Time iso={batch.createdAt} relative />
                </span>
              </td>
              <td data-label="Codes" className="uses-count">
                {batch.size.toLocaleString()}
              </td>
              <td data-label="Used" className="uses-count">
                {batch.used.toLocaleString()}
              </td>
              <td data-label="Unused" className="uses-count">
                {unused(batch).toLocaleString()}
              </td>
              <td data-label="Revoked" className="uses-count">
                {batch.revoked.toLocaleString()}
              </td>
              <td data-label="Group">{batch.group?.name ?? <span className="muted">None</span>}</td>
              <td data-label="Expires">
                <Time iso={batch.expiresAt} />
              </td>
              <ActionsCell>
                {unused(batch) > 0 ? (
                  <RevokeButton label={`Revoke batch: ${batch.name}`} onClick={() => setToRevoke(batch)} />
                ) : null}
              </ActionsCell>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {toRevoke ? (
        <RevokeDialog
          target={toRevoke}
          mutation={revoke}
          onClose={() => setToRevoke(null)}
          title="Revoke this batch?"
          description={
            <p>
              The {unused(toRevoke).toLocaleString()} unused codes of “{toRevoke.name}” will stop working.
              People who already joined with a code keep their accounts.
            </p>
          }
          confirmLabel="Yes, revoke the unused codes"
        />
      ) : null}
    </>
  );
}
