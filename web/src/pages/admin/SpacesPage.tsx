import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useGroups } from '../../api/groups.ts';
import { queryKeys } from '../../api/keys.ts';
import {
  useRemoveSpaceModerator,
  useReorderSpaces,
  useSpacesWithAudiences,
  useUpdateSpace,
  useUsersByIds,
} from '../../api/staff.ts';
import type { AdminSpace } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { SpaceDialog } from './SpaceDialog.tsx';
import { AddModeratorDialog, ModeratorChips } from './SpaceModerators.tsx';
import { SpaceRow } from './SpaceRow.tsx';

type Editing = { space: AdminSpace | null } | null;

interface Moved {
  spaceId: string;
  direction: 'up' | 'down';
}

/** After a move, focus stays on the moved space's button (or its other one at the ends of the list). */
function refocusMove({ spaceId, direction }: Moved) {
  const row = document.querySelector(`[data-testid="admin-space"][data-space-id="${spaceId}"]`);
  const preferred = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
  const other = row?.querySelector<HTMLButtonElement>(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`);
  const target = preferred && !preferred.disabled ? preferred : other;
  if (target && document.activeElement !== target) target.focus();
}

/** Admin › Spaces: the forum's spaces in order, with their audiences, moderators and archive state. */
export function SpacesPage() {
  const spaces = useSpacesWithAudiences();
  const client = useQueryClient();
  const reorder = useReorderSpaces();
  const update = useUpdateSpace();
  const removeModerator = useRemoveSpaceModerator();
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<AdminSpace | null>(null);
  const [addingTo, setAddingTo] = useState<AdminSpace | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [moved, setMoved] = useState<Moved | null>(null);

  const groups = useGroups();

  useLiveEvent('spaces.changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.spaces });
  });
  // Group names show in the audiences, and deleting a group takes it off every space.
  useLiveEvent('groups.changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.groups });
    void client.invalidateQueries({ queryKey: queryKeys.spaces });
  });

  const items = spaces.data?.items ?? [];
  const names = useUsersByIds(items.flatMap((space) => space.moderatorIds));

  // Moving a row can take focus from its button as the list re-renders: put it back.
  useEffect(() => {
    if (moved) refocusMove(moved);
  }, [moved, items]);

  function report(text: string) {
    setError('');
    setMessage(text);
  }

  function move(space: AdminSpace, direction: 'up' | 'down') {
    // One move at a time (the buttons stay enabled so that focus stays on them).
    if (reorder.isPending) return;
    const ids = items.map((item) => item.id);
    const from = ids.indexOf(space.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const other = ids[to];
    if (from < 0 || other === undefined) return;
    ids[to] = space.id;
    ids[from] = other;
    setMoved({ spaceId: space.id, direction });
    reorder.mutate(ids, {
      onSuccess: () => report(`${space.name} moved to position ${to + 1} of ${ids.length}.`),
      onError: (failure) => setError(`Could not move ${space.name}: ${errorMessage(failure)}`),
      onSettled: () => setMoved(null),
    });
  }

  function setArchived(space: AdminSpace, archived: boolean) {
    update.mutate(
      { id: space.id, archived },
      {
        onSuccess: () => {
          setArchiving(null);
          report(
            archived
              ? `${space.name} is archived: read-only, and hidden from members.`
              : `${space.name} is open again.`,
          );
        },
        onError: (failure) => {
          if (!archived) setError(`Could not unarchive ${space.name}: ${errorMessage(failure)}`);
        },
      },
    );
  }

  return (
    <section data-testid="admin-spaces-page">
      <PageHeader
        title="Spaces"
        documentTitle="Spaces · Admin"
        description="The forum's spaces in the order members see them: who can read, post and reply, and who moderates each."
        actions={
          <button type="button" className="button button-primary" onClick={() => setEditing({ space: null })}>
            New space
          </button>
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      {error ? (
        <div className="alert alert-error page-alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {spaces.isPending ? <Loading label="Loading spaces…" /> : null}
      {spaces.isError && !spaces.data ? (
        <QueryError error={spaces.error} onRetry={() => void spaces.refetch()} />
      ) : null}
      {spaces.isSuccess && items.length === 0 ? (
        <p className="empty-inline">
          No spaces yet. Create the first one with “New space”: a place for questions, ideas or announcements.
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol className="admin-space-list" aria-label="Spaces, in order">
          {items.map((space, index) => (
            <SpaceRow
              key={space.id}
              space={space}
              groups={groups.data}
              index={index}
              count={items.length}
              onMove={move}
              onEdit={(target) => setEditing({ space: target })}
              onArchive={(target) => (target.archived ? setArchived(target, false) : setArchiving(target))}
              onAddModerator={setAddingTo}
            >
              <ModeratorChips
                space={space}
                names={names.data}
                removing={removeModerator.isPending ? removeModerator.variables.userId : null}
                onRemove={(userId, name) =>
                  removeModerator.mutate(
                    { spaceId: space.id, userId },
                    {
                      onSuccess: () => {
                        report(`${name} no longer moderates ${space.name}.`);
                        // The chip (and its button) is gone: focus the space's "Add moderator".
                        window.requestAnimationFrame(() =>
                          document
                            .querySelector<HTMLElement>(`[data-space-id="${space.id}"] [data-add-moderator]`)
                            ?.focus(),
                        );
                      },
                      onError: (failure) => setError(`Could not remove ${name}: ${errorMessage(failure)}`),
                    },
                  )
                }
              />
            </SpaceRow>
          ))}
        </ol>
      ) : null}

      {editing ? (
        <SpaceDialog
          space={editing.space}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            report(created ? `${saved.name} created.` : `${saved.name} saved.`);
          }}
        />
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={`Archive ${archiving.name}?`}
          testId="archive-space-dialog"
          description={
            <p>
              Archived spaces are read-only and hidden from members; admins, community managers and moderators
              still see them. You can unarchive it at any time.
            </p>
          }
          confirmLabel="Yes, archive"
          danger
          pending={update.isPending}
          error={update.error}
          onCancel={() => {
            setArchiving(null);
            update.reset();
          }}
          onConfirm={() => setArchived(archiving, true)}
        />
      ) : null}
      {addingTo ? (
        <AddModeratorDialog
          space={addingTo}
          onClose={() => setAddingTo(null)}
          onAdded={(user) => {
            setAddingTo(null);
            report(`${user.name} now moderates ${addingTo.name}.`);
          }}
        />
      ) : null}
    </section>
  );
}
