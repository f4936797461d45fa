import { useState } from 'react';
import type { FormEvent } from 'react';
import { useCreateInvitation, useInvitations, useRevokeInvitation } from '../../api/admin.ts';
import type { Invitation } from '../../api/types.ts';
import { Badge, CopyField, PageHeader, Time } from '../../components/Bits.tsx';
import type { BadgeTone } from '../../components/Bits.tsx';
import { ActionsCell, DataTable, RevokeButton } from '../../components/DataTable.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { fieldError, FormError, Loading, QueryError } from '../../components/Feedback.tsx';
import { isPast } from '../../lib/format.ts';

type InvitationStatus = 'pending' | 'used' | 'expired' | 'revoked';

const STATUS: Record<InvitationStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'accent' },
  used: { label: 'Used', tone: 'success' },
  expired: { label: 'Expired', tone: 'neutral' },
  revoked: { label: 'Revoked', tone: 'danger' },
};

function invitationStatus(invitation: Invitation): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.usedAt) return 'used';
  if (isPast(invitation.expiresAt)) return 'expired';
  return 'pending';
}

function inviteLink(code: string): string {
  return `${window.location.origin}/signup?invite=${encodeURIComponent(code)}`;
}

export function InvitationsPage() {
  const invitations = useInvitations();
  const create = useCreateInvitation();
  const revoke = useRevokeInvitation();
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<{ invitation: Invitation; code: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<Invitation | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    create.mutate(trimmed ? { email: trimmed } : {}, {
      onSuccess: (result) => {
        setCreated(result);
        setEmail('');
      },
    });
  }

  const items = invitations.data ?? [];

  return (
    <section data-testid="admin-invitations-page">
      <PageHeader
        title="Invitations"
        documentTitle="Invitations · Admin"
        description="Invitation links let people create an account when sign-up is invite only."
      />

      <div className="card section">
        <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-invitation-title">
          <h2 id="create-invitation-title">Create an invitation</h2>
          <FormError error={create.error} knownFields={['email']} />
          <TextField
            label="Email (optional)"
            type="email"
            name="email"
            autoComplete="off"
            hint="Who the invitation is for, to recognise it in the list below."
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldError(create.error, 'email')}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              Create invitation
            </button>
          </div>
        </form>

        {created ? (
          <section
            className="secret-panel"
            aria-labelledby="new-invite-title"
            data-testid="new-invitation-panel"
          >
            <h3 id="new-invite-title">
              Invitation created{created.invitation.email ? ` for ${created.invitation.email}` : ''}
            </h3>
            <p className="secret-warning">
              <strong>Copy the link now and send it yourself.</strong> It will not be shown again. It expires{' '}
              <Time iso={created.invitation.expiresAt} />.
            </p>
            <CopyField
              label="Invitation link"
              value={inviteLink(created.code)}
              testId="new-invitation-link"
              autoSelect
            />
            <button type="button" className="button" onClick={() => setCreated(null)}>
              Done
            </button>
          </section>
        ) : null}
      </div>

      <h2>All invitations</h2>
      {invitations.isPending ? <Loading label="Loading invitations…" /> : null}
      {invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.isSuccess && items.length === 0 ? (
        <p className="empty-inline">No invitations yet.</p>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Invitations"
          columns={['For', 'Status', 'Created by', 'Created', 'Expires']}
          actions
          testId="invitations-table"
        >
          {items.map((invitation) => {
            const status = invitationStatus(invitation);
            const label = invitation.email ?? 'Anyone with the link';
            return (
              <tr key={invitation.id} data-testid="invitation-row">
                <td data-label="For" className="cell-break">
                  {invitation.email ?? <span className="muted">Anyone with the link</span>}
                </td>
                <td data-label="Status">
                  <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
                  {status === 'used' && invitation.usedAt ? (
                    <span className="cell-note">
                      {' '}
                      <Time iso={invitation.usedAt} relative />
                    </span>
                  ) : null}
                </td>
                <td data-label="Created by">{invitation.createdBy.name}</td>
                <td data-label="Created">
                  <Time iso={invitation.createdAt} />
                </td>
                <td data-label="Expires">
                  <Time iso={invitation.expiresAt} />
                </td>
                <ActionsCell>
                  {status === 'pending' ? (
                    <RevokeButton
                      label={`Revoke invitation: ${label}`}
                      onClick={() => setToRevoke(invitation)}
                    />
                  ) : null}
                </ActionsCell>
              </tr>
            );
          })}
        </DataTable>
      ) : null}

      {toRevoke ? (
        <ConfirmMutationDialog
          target={toRevoke}
          mutation={revoke}
          onClose={() => setToRevoke(null)}
          title="Revoke this invitation?"
          description={
            <p>
              The link{toRevoke.email ? ` for ${toRevoke.email}` : ''} will stop working. Anyone who already
              signed up with it keeps their account.
            </p>
          }
          confirmLabel="Yes, revoke invitation"
          danger
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}
