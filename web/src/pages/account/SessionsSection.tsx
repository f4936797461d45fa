import { useState } from 'react';
import { useRevokeSession, useSessions } from '../../api/account.ts';
import type { Session } from '../../api/types.ts';
import { Badge, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable, RevokeButton } from '../../components/DataTable.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { errorMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { summarizeUserAgent } from '../../lib/format.ts';

export function SessionsSection() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const [confirmCurrent, setConfirmCurrent] = useState<Session | null>(null);
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);

  function revokeSession(session: Session) {
    setFailed(null);
    revoke.mutate(session, {
      onError: (error) => {
        if (!session.current) setFailed({ id: session.id, message: errorMessage(error) });
      },
    });
  }

  const items = sessions.data ?? [];
  const sorted = [...items].sort((a, b) => Number(b.current) - Number(a.current));

  return (
    <section className="card section" aria-labelledby="sessions" data-testid="sessions-section">
      <h2 id="sessions" tabIndex={-1}>
        Sessions
      </h2>
      <p className="section-intro">
        The devices and browsers signed in to your account. Revoke any you don't recognise.
      </p>
      {sessions.isPending ? <Loading label="Loading sessions…" /> : null}
      {sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : null}
      {sessions.isSuccess && sorted.length > 0 ? (
        <DataTable
          caption="Signed-in sessions"
          columns={['Device', 'IP address', 'Signed in', 'Last seen']}
          actions
        >
          {sorted.map((session) => {
            const device = summarizeUserAgent(session.userAgent);
            return (
              <tr key={session.id} data-testid="session-row" data-current={session.current}>
                <td data-label="Device">
                  <span title={session.userAgent ?? undefined}>{device}</span>{' '}
                  {session.current ? <Badge tone="accent">This device</Badge> : null}
                </td>
                <td data-label="IP address">{session.ip ?? 'Unknown'}</td>
                <td data-label="Signed in">
                  <Time iso={session.createdAt} />
                </td>
                <td data-label="Last seen">
                  <Time iso={session.lastSeenAt} relative />
                </td>
                <ActionsCell error={failed?.id === session.id ? failed.message : undefined}>
                  <RevokeButton
                    label={
                      session.current
                        ? 'Revoke this device (signs you out)'
                        : `Revoke session: ${device}, ${session.ip ?? 'unknown IP'}`
                    }
                    disabled={revoke.isPending && revoke.variables.id === session.id}
                    onClick={() => (session.current ? setConfirmCurrent(session) : revokeSession(session))}
                  />
                </ActionsCell>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      {sessions.isSuccess && sorted.length === 0 ? <p>No active sessions.</p> : null}
      {confirmCurrent ? (
        <ConfirmDialog
          title="Sign out of this device?"
          description="Revoking the session you are using now signs you out of Hearth in this browser."
          confirmLabel="Yes, revoke and sign out"
          danger
          pending={revoke.isPending}
          error={revoke.isError ? revoke.error : null}
          onCancel={() => {
            setConfirmCurrent(null);
            revoke.reset();
          }}
          onConfirm={() => revokeSession(confirmCurrent)}
        />
      ) : null}
    </section>
  );
}
