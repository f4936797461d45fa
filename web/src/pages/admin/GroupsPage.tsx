import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDeleteGroup, useGroups } from '../../api/groups.ts';
import { queryKeys } from '../../api/keys.ts';
import type { Group } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { GroupDialog } from './GroupDialog.tsx';
import { GroupMembersPanel } from './GroupMembers.tsx';

type Editing = { group: Group | null } | null;

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/** Admin › Groups: named sets of people that spaces can admit next to roles, and who is in each. */
export function GroupsPage() {
  const groups = useGroups();
  const client = useQueryClient();
  const remove = useDeleteGroup();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Group | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  // Another admin's changes (groups, and who is in them) show without a reload.
  useLiveEvent('groups.changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.groups });
  });

  const items = groups.data ?? [];

  function report(text: string) {
    setError('');
    setMessage(text);
  }

  function setPanel(groupId: string, shown: boolean) {
    setOpen((current) => {
      const next = new Set(current);
      if (shown) next.add(groupId);
      else next.delete(groupId);
      return next;
    });
  }

  return (
    <section data-testid="admin-groups-page">
      <PageHeader
        title="Groups"
        documentTitle="Groups · Admin"
        description="Named sets of people, such as beta testers or a customer's team. A space can admit a group next to roles: edit its audiences in Admin › Spaces."
        actions={
          <button type="button" className="button button-primary" onClick={() => setEditing({ group: null })}>
            New group
          </button>
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      {error ? (
        <div className="alert alert-error page-alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {groups.isPending ? <Loading label="Loading groups…" /> : null}
      {groups.isError && !groups.data ? (
        <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
      ) : null}
      {groups.isSuccess && items.length === 0 ? (
        <p className="empty-inline">
          No groups yet. Create one with “New group”, put people in it, then let spaces admit it.
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="admin-group-list" aria-label="Groups">
          {items.map((group) => {
            const titleId = `group-${group.id}-title`;
            const panelId = `group-${group.id}-members`;
            const shown = open.has(group.id);
            return (
              <li
                key={group.id}
                className="card admin-group"
                data-testid="admin-group"
                data-group-id={group.id}
                data-group-slug={group.slug}
                aria-labelledby={titleId}
              >
                <div className="admin-group-head">
                  <h2 className="admin-group-title" id={titleId}>
                    {group.name}
                  </h2>
                  <Badge>{people(group.memberCount)}</Badge>
                </div>
                <p className="admin-group-address">
                  <span className="visually-hidden">Address: </span>
                  {group.slug}
                </p>
                {group.description ? <p className="admin-group-description">{group.description}</p> : null}
                <div className="admin-group-actions">
                  <button
                    type="button"
                    className="button button-small disclosure-button"
                    aria-expanded={shown}
                    aria-controls={shown ? panelId : undefined}
                    aria-label={`People in ${group.name}`}
                    onClick={() => setPanel(group.id, !shown)}
                  >
                    People
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${group.name}`}
                    onClick={() => setEditing({ group })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger-outline"
                    aria-label={`Delete ${group.name}`}
                    onClick={() => setDeleting(group)}
                  >
                    Delete
                  </button>
                </div>
                {shown ? (
                  <GroupMembersPanel group={group} id={panelId} onReport={report} onError={setError} />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}

      {editing ? (
        <GroupDialog
          group={editing.group}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            if (created) {
              setPanel(saved.id, true);
              report(`${saved.name} created. Add people to it below.`);
            } else {
              report(`${saved.name} saved.`);
            }
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmMutationDialog
          target={deleting}
          mutation={{
            ...remove,
            mutate: (group, options) =>
              remove.mutate(group, {
                onSuccess: () => {
                  options.onSuccess();
                  setPanel(group.id, false);
                  report(`${group.name} deleted.`);
                },
              }),
          }}
          onClose={() => setDeleting(null)}
          title={`Delete ${deleting.name}?`}
          testId="delete-group-dialog"
          description={
            <p>
              Spaces will stop admitting this group: the {people(deleting.memberCount)} in it lose what they
              could read or post only through it. Their accounts stay as they are. This cannot be undone.
            </p>
          }
          confirmLabel="Yes, delete group"
          danger
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}
