import { useAddSpaceModerator } from '../../api/staff.ts';
import type { AdminSpace, AdminUser } from '../../api/types.ts';
import { PersonSearchDialog } from './PersonSearch.tsx';

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
  const add = useAddSpaceModerator();
  return (
    <PersonSearchDialog
      title={`Add a moderator to ${space.name}`}
      description="Space moderators hide posts and review flags in this space, whatever their role."
      testId="add-moderator-dialog"
      already={(user) => (space.moderatorIds.includes(user.id) ? 'Already a moderator' : null)}
      onAdd={(user) => add.mutate({ spaceId: space.id, userId: user.id }, { onSuccess: () => onAdded(user) })}
      adding={add.isPending}
      error={add.error}
      onClose={onClose}
    />
  );
}
