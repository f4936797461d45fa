import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useAdminUsers, useChangeUserRole, useReinstateUser } from '../../api/admin.ts';
import { queryKeys } from '../../api/keys.ts';
import type { AdminUserFilters } from '../../api/keys.ts';
import type { AdminUser, Role, UserStatus } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable, LoadMore } from '../../components/DataTable.tsx';
import { SuspendDialog } from './SuspendDialog.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';
import { isRole, roleLabels, roles } from '../../lib/roles.ts';

function readFilters(params: URLSearchParams): AdminUserFilters {
  const role = params.get('role') ?? '';
  const status = params.get('status') ?? '';
  return {
    q: params.get('q') ?? '',
    role: isRole(role) ? role : '',
    status: status === 'active' || status === 'suspended' ? status : '',
  };
}

interface PendingRole {
  user: AdminUser;
  role: Role;
}

function UserRow({
  user,
  isSelf,
  onRoleChange,
  onSuspend,
  onReinstate,
  reinstating,
}: {
  user: AdminUser;
  isSelf: boolean;
  onRoleChange: (user: AdminUser, role: Role) => void;
  onSuspend: (user: AdminUser) => void;
  onReinstate: (user: AdminUser) => void;
  reinstating: boolean;
}) {
  const suspended = user.status === 'suspended';
  return (
    <tr data-testid="user-row" data-user-id={user.id} data-user-email={user.email}>
      <th scope="row" data-label="Name" className="cell-primary">
        {user.name}
        {isSelf ? <span className="muted"> (you)</span> : null}
      </th>
      <td data-label="Email" className="cell-break">
        {user.email}
        {!user.emailVerified ? <span className="muted small"> · unverified</span> : null}
      </td>
      <td data-label="Handle">@{user.handle}</td>
      <td data-label="Role">
        <select
          className="input select select-compact"
          aria-label={`Role for ${user.name} (${user.email})`}
          value={user.role}
          disabled={isSelf}
          title={isSelf ? 'You cannot change your own role' : undefined}
          onChange={(event) => {
            const role = event.target.value;
            if (isRole(role) && role !== user.role) onRoleChange(user, role);
          }}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </td>
      <td data-label="Status" data-testid="user-status">
        {suspended ? <Badge tone="danger">Suspended</Badge> : <Badge tone="success">Active</Badge>}
        {suspended && user.suspendedReason ? <p className="cell-note">{user.suspendedReason}</p> : null}
      </td>
      <td data-label="Last seen">{user.lastSeenAt ? <Time iso={user.lastSeenAt} relative /> : 'Never'}</td>
      <ActionsCell>
        {isSelf ? null : suspended ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Reinstate ${user.name}`}
            disabled={reinstating}
            onClick={() => onReinstate(user)}
          >
            Reinstate
          </button>
        ) : (
          <button
            type="button"
            className="button button-small button-danger-outline"
            aria-label={`Suspend ${user.name}`}
            onClick={() => onSuspend(user)}
          >
            Suspend
          </button>
        )}
      </ActionsCell>
    </tr>
  );
}

export function UsersPage() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const urlFilters = readFilters(params);
  const [q, setQ] = useState(urlFilters.q);
  const debouncedQ = useDebouncedValue(q, 300);
  const filters: AdminUserFilters = { ...urlFilters, q: debouncedQ };
  const users = useAdminUsers(filters);
  const changeRole = useChangeUserRole();
  const reinstate = useReinstateUser();
  const [pendingRole, setPendingRole] = useState<PendingRole | null>(null);
  const [suspending, setSuspending] = useState<AdminUser | null>(null);
  const [message, setMessage] = useState('');
  const [rowError, setRowError] = useState('');

  // Another admin (or this one, in another tab) changed a user: refetch the list.
  useLiveEvent('users.changed', () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.adminUsers });
  });

  // Keep the search in the URL (shareable, survives reload), without a history entry per key.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedQ) next.set('q', debouncedQ);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedQ, setParams]);

  function setFilter(key: 'role' | 'status', value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.q || filters.role || filters.status);

  return (
    <section data-testid="admin-users-page">
      <PageHeader
        title="Users"
        documentTitle="Users · Admin"
        description="Everyone with an account: change roles, suspend and reinstate."
      />
      <form
        className="filters"
        role="search"
        aria-label="Filter users"
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          label="Search"
          type="search"
          name="q"
          placeholder="Name, email or handle"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          fieldClassName="filters-search"
        />
        <SelectField
          label="Role"
          name="role"
          value={filters.role}
          onChange={(event) => setFilter('role', event.target.value)}
        >
          <option value="">All roles</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Status"
          name="status"
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value as UserStatus | '')}
        >
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="suspended">Suspended</option>
        </SelectField>
      </form>

      <LiveMessage className="page-status">{message}</LiveMessage>
      {rowError ? (
        <div className="alert alert-error" role="alert">
          <p>{rowError}</p>
        </div>
      ) : null}

      {users.isPending ? <Loading label="Loading users…" /> : null}
      {users.isError && !users.data ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : null}
      {users.isSuccess && rows.length === 0 ? (
        <p className="empty-inline">{filtered ? 'No users match these filters.' : 'No users yet.'}</p>
      ) : null}
      {rows.length > 0 ? (
        <DataTable
          caption="Users"
          columns={['Name', 'Email', 'Handle', 'Role', 'Status', 'Last seen']}
          actions
          testId="users-table"
          busy={users.isFetching}
        >
          {rows.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isSelf={user.id === me.id}
              reinstating={reinstate.isPending && reinstate.variables.id === user.id}
              onRoleChange={(target, role) => {
                changeRole.reset();
                setPendingRole({ user: target, role });
              }}
              onSuspend={(target) => setSuspending(target)}
              onReinstate={(target) => {
                setRowError('');
                reinstate.mutate(
                  { id: target.id },
                  {
                    onSuccess: ({ user: updated }) => setMessage(`${updated.name} has been reinstated.`),
                    onError: (error) =>
                      setRowError(`Could not reinstate ${target.name}: ${errorMessage(error)}`),
                  },
                );
              }}
            />
          ))}
        </DataTable>
      ) : null}
      <LoadMore query={users} />

      {pendingRole ? (
        <ConfirmDialog
          title="Change role?"
          testId="change-role-dialog"
          description={
            <p>
              Change the role of {pendingRole.user.name} ({pendingRole.user.email}) from{' '}
              <strong>{roleLabels[pendingRole.user.role]}</strong> to{' '}
              <strong>{roleLabels[pendingRole.role]}</strong>? This changes what they can see and do straight
              away.
            </p>
          }
          confirmLabel="Yes, change role"
          pending={changeRole.isPending}
          error={changeRole.error}
          onCancel={() => setPendingRole(null)}
          onConfirm={() =>
            changeRole.mutate(
              { id: pendingRole.user.id, role: pendingRole.role },
              {
                onSuccess: ({ user }) => {
                  setPendingRole(null);
                  setMessage(`${user.name} is now ${roleLabels[user.role]}.`);
                },
              },
            )
          }
        />
      ) : null}
      {suspending ? (
        <SuspendDialog
          user={suspending}
          onClose={() => setSuspending(null)}
          onSuspended={(updated) => {
            setSuspending(null);
            setMessage(`${updated.name} has been suspended.`);
          }}
        />
      ) : null}
    </section>
  );
}
