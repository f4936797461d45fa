// Archiving keeps an item (a team, a watch rule, a source) out of use without losing what it did;
// its list shows it under "Archived", where it can be restored.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { ConfirmMutationDialog } from './Dialog.tsx';
import { errorMessage } from './Feedback.tsx';

interface Archivable {
  id: string;
  name: string;
}

/** The part of an item's update mutation that archives and restores it. */
export interface ArchiveMutation {
  mutate: (
    patch: { id: string; archived: boolean },
    options: { onSuccess: () => void; onError?: (failure: Error) => void },
  ) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

interface ArchiveDialogProps<T extends Archivable> {
  target: T;
  update: ArchiveMutation;
  /** What it is ("rule"), for the confirm button. */
  what: string;
  /** What archiving stops, and what it keeps. */
  description: ReactNode;
  testId: string;
  onClose: () => void;
  /** Once archived: says so, on the page or the one it goes back to (the dialog that would have is gone). */
  onArchived: (text: string) => void;
}

/** Asks before archiving an item. */
export function ArchiveDialog<T extends Archivable>({
  target,
  update,
  what,
  onArchived,
  ...dialog
}: ArchiveDialogProps<T>) {
  return (
    <ConfirmMutationDialog
      {...dialog}
      target={target}
      mutation={{
        ...update,
        mutate: (item, options) =>
          update.mutate(
            { id: item.id, archived: true },
            {
              onSuccess: () => {
                options.onSuccess();
                onArchived(`${item.name} is archived.`);
              },
            },
          ),
      }}
      title={`Archive ${target.name}?`}
      confirmLabel={`Yes, archive ${what}`}
      danger
      fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
    />
  );
}

/** Restores an archived item at once (no dialog), and says how that went on the page's status line. */
export function restoreArchived(
  item: Archivable,
  update: ArchiveMutation,
  { report, setError }: { report: (text: string) => void; setError: (text: string) => void },
): void {
  update.mutate(
    { id: item.id, archived: false },
    {
      onSuccess: () => report(`${item.name} is restored.`),
      onError: (failure) => setError(`Could not restore ${item.name}: ${errorMessage(failure)}`),
    },
  );
}

/** An archivable item's last action in its list; it asks first (ArchiveDialog). */
export function ArchiveButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="button button-small button-danger-outline"
      aria-label={`Archive ${name}`}
      onClick={onClick}
    >
      Archive
    </button>
  );
}

/** An archived item's action in the "Archived" section; it restores at once (restoreArchived). */
export function RestoreButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <button type="button" className="button button-small" aria-label={`Restore ${name}`} onClick={onClick}>
      Restore
    </button>
  );
}

/** The "Archived" section under a settings list; its cards are headed a level down (h3). */
export function ArchivedList({
  label,
  testId,
  children,
}: {
  /** The list's accessible name, like "Archived sources". */
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>Archived</h2>
      <ul className="settings-list" aria-label={label} data-testid={testId}>
        {children}
      </ul>
    </section>
  );
}
