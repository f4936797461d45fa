import { useState } from 'react';
import { useAddSpaceModerator, useUserSearch } from '../../api/staff.ts';
import type { AdminSpace, AdminUser } from '../../api/types.ts';
import { RoleBadge } from '../../components/Bits.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormError, QueryError } from '../../components/Feedback.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';

/** The moderators of a space as chips, each with a Remove button. */
export function ModeratorChips({
  space,
  names,
  removing,
  onRemove,
}: {
  space: AdminSpace;
  names: ReadonlyMap<string, AdminUser> | undefined;
  removing: string | null;
  onRemove: (userId: string, name: string) => void;
}) {
  if (space.moderatorIds.length === 0) {
    return (
      <p className="muted small">
        No moderators of its own: admins, community managers and moderators look after it.
      </p>
    );
  }
  return (
    <ul className="chip-list" aria-label={`Moderators of ${space.name}`}>
      {space.moderatorIds.map((id) => {
        const user = names?.get(id);
        const name = user ? user.name : names ? 'Unknown person' : 'Loading…';
        return (
          <li key={id} className="chip" data-testid="moderator-chip">
            <span className="chip-label">
              {name}
              {user ? <span className="muted"> @{user.handle}</span> : null}
            </span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${name} as moderator of ${space.name}`}
              disabled={removing === id}
              onClick={() => onRemove(id, name)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Finds a person by name, email or handle and makes them a moderator of the space. */
export function AddModeratorDialog({
  space,
  onClose,
  onAdded,
}: {
  space: AdminSpace;
  onClose: () => void;
  onAdded: (user: AdminUser) => void;
}) {
  const [q, setQ] = useState('');
  const debounced = useDebouncedValue(q, 250);
  const search = useUserSearch(debounced);
  const add = useAddSpaceModerator();
  const results = search.data ?? [];
  const searching = debounced.trim().length >= 2;

  let status = '';
  if (searching && search.isSuccess)
    status =
      results.length === 0
        ? 'Nobody matches.'
        : `${results.length} ${results.length === 1 ? 'person' : 'people'} found.`;

  return (
    <Dialog
      title={`Add a moderator to ${space.name}`}
      description="Space moderators hide posts and review flags in this space, whatever their role."
      onClose={onClose}
      testId="add-moderator-dialog"
    >
      <form className="form" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Find a person"
          type="search"
          name="q"
          placeholder="Name, email or handle"
          hint="Type at least 2 characters."
          autoComplete="off"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          data-autofocus
        />
      </form>
      <p className="muted small" role="status">
        {status}
      </p>
      {search.isError ? <QueryError error={search.error} onRetry={() => void search.refetch()} /> : null}
      <FormError error={add.error} />
      {searching && results.length > 0 ? (
        <ul className="person-results" aria-label="People found">
          {results.map((user) => {
            const already = space.moderatorIds.includes(user.id);
            return (
              <li key={user.id} className="person-result" data-testid="person-result">
                <span className="person-result-name">
                  <strong>{user.name}</strong> <span className="muted">@{user.handle}</span>{' '}
                  <RoleBadge role={user.role} />
                </span>
                {already ? (
                  <span className="muted small">Already a moderator</span>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Add ${user.name} (@${user.handle})`}
                    disabled={add.isPending}
                    onClick={() =>
                      add.mutate({ spaceId: space.id, userId: user.id }, { onSuccess: () => onAdded(user) })
                    }
                  >
                    Add
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
