import { useState } from 'react';
import { useAddGroupMember, useGroupMembers, useRemoveGroupMember } from '../../api/groups.ts';
import type { Group, GroupMember } from '../../api/types.ts';
import { RoleBadge } from '../../components/Bits.tsx';
import { errorMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { PersonSearchDialog } from './PersonSearch.tsx';

/** After a removal the row and its button are gone: focus the next row's button, or "Add people". */
function refocusAfterRemoval(panelId: string, index: number) {
  window.requestAnimationFrame(() => {
    const panel = document.getElementById(panelId);
    const buttons = panel?.querySelectorAll<HTMLButtonElement>('[data-remove-member]') ?? [];
    const target = buttons[Math.min(index, buttons.length - 1)] ?? panel?.querySelector('[data-add-member]');
    if (target instanceof HTMLElement) target.focus();
  });
}

/** The people in one group (the panel under it in Admin › Groups): remove them, or add more. */
export function GroupMembersPanel({
  group,
  id,
  onReport,
  onError,
}: {
  group: Group;
  id: string;
  onReport: (text: string) => void;
  onError: (text: string) => void;
}) {
  const members = useGroupMembers(group.id);
  const remove = useRemoveGroupMember();
  const [adding, setAdding] = useState(false);
  const items = members.data ?? [];

  function removeMember(member: GroupMember, index: number) {
    remove.mutate(
      { groupId: group.id, userId: member.id },
      {
        onSuccess: () => {
          onReport(`${member.name} is no longer in ${group.name}.`);
          refocusAfterRemoval(id, index);
        },
        onError: (failure) => onError(`Could not remove ${member.name}: ${errorMessage(failure)}`),
      },
    );
  }

  return (
    <div className="admin-group-members" id={id}>
      {members.isPending ? <Loading label="Loading people…" /> : null}
      {members.isError && !members.data ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : null}
      {members.isSuccess && items.length === 0 ? (
        <p className="muted small">Nobody is in this group yet.</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="group-member-list" aria-label={`People in ${group.name}`}>
          {items.map((member, index) => (
            <li key={member.id} className="group-member" data-testid="group-member">
              <span className="person-result-name">
                <strong>{member.name}</strong> <span className="muted">@{member.handle}</span>{' '}
                <RoleBadge role={member.role} />
              </span>
              <button
                type="button"
                className="button button-small button-danger-outline"
                aria-label={`Remove ${member.name} from ${group.name}`}
                data-remove-member
                disabled={remove.isPending && remove.variables.userId === member.id}
                onClick={() => removeMember(member, index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="admin-group-members-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={`Add people to ${group.name}`}
          data-add-member
          onClick={() => setAdding(true)}
        >
          Add people
        </button>
      </p>
      {adding ? (
        <AddGroupMemberDialog group={group} members={items} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}

/** Finds people by name, email or handle and puts them in the group; stays open to add more. */
function AddGroupMemberDialog({
  group,
  members,
  onClose,
}: {
  group: Group;
  members: readonly GroupMember[];
  onClose: () => void;
}) {
  const add = useAddGroupMember();
  const [notice, setNotice] = useState('');
  return (
    <PersonSearchDialog
      title={`Add people to ${group.name}`}
      description="People in the group can read and post in the spaces that admit it, whatever their role."
      testId="add-group-member-dialog"
      already={(user) => (members.some((member) => member.id === user.id) ? 'In the group' : null)}
      onAdd={(user, refocus) =>
        add.mutate(
          { groupId: group.id, userId: user.id },
          {
            onSuccess: () => {
              setNotice(`${user.name} is now in ${group.name}.`);
              refocus();
            },
          },
        )
      }
      adding={add.isPending}
      error={add.error}
      notice={notice}
      onClose={onClose}
    />
  );
}
