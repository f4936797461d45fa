import { useState } from 'react';
import { useInvitations, useRevokeInvitation } from '../../../api/invitations.ts';
import type { Invitation, InvitationStatus } from '../../../api/invitations.ts';
import { Badge, Time } from '../../../components/Bits.tsx';
import type { BadgeTone } from '../../../components/Bits.tsx';
import { ActionsCell, DataTable, RevokeButton } from '../../../components/DataTable.tsx';
import { Loading, QueryError } from '../../../components/Feedback.tsx';
import { RevokeDialog } from './RevokeDialog.tsx';

const STATUS: Record<InvitationStatus, { label: string; tone: BadgeTone }> = {
  open: { label: 'Open', tone: 'accent' },
  used_up: { label: 'Used up', tone: 'success' },
  expired: { label: 'Expired', tone: 'neutral' },
  revoked: { label: 'Revoked', tone: 'danger' },
};

function describe(invitation: Invitation): string {
  return invitation.label ?? invitation.email ?? 'Anyone with the link';
}

export function LinkTable() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);
  const items = invitations.data ?? [];

  return (
    <>
      {invitations.isPending ? <Loading label="Loading invitations…" /> : null}
      {invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.isSuccess && items.length === 0 ? (
        <p className="empty-inline">No invitation links yet.</p>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Invitation links"
          columns={['For', 'Uses', 'Status', 'Group', 'Created by', 'Expires']}
          actions
          testId="invitations-table"
        >
          {items.map((invitation) => (
            <tr key={invitation.id} data-testid="invitation-row">
              <td data-label="For" className="cell-break">
                {invitation.label ?? invitation.email ?? <span className="muted">Anyone with the link</span>}
                {invitation.label && invitation.email ? (
                  <span className="cell-note"> {invitation.email}</span>
                ) : null}
              </td>
              <td data-label="Uses" className="uses-count">
                {invitation.useCount} / {invitation.maxUses}
              </td>
              <td data-label="Status">
                <Badge tone={STATUS[invitation.status].tone}>{STATUS[invitation.status].label}</Badge>
              </td>
              <td data-label="Group">{invitation.group?.name ?? <span className="muted">None</span>}</td>
              <td data-label="Created by">{invitation.createdBy.name}</td>
              <td data-label="Expires">
                <Time iso={invitation.expiresAt} />
              </td>
              <ActionsCell>
                {invitation.status === 'open' ? (
                  <RevokeButton
                    label={`Revoke invitation: ${describe(invitation)}`}
                    onClick={() => setToRevoke(invitation)}
                  />
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
          title="Revoke this invitation?"
          description={
            <p>
              The link “{describe(toRevoke)}” will stop working. Anyone who already signed up with it keeps
              their account.
            </p>
          }
          confirmLabel="Yes, revoke invitation"
        />
      ) : null}
    </>
  );
}
