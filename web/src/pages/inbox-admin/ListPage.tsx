// What the settings list pages (routing rules, SLA policies, saved replies) share around their list:
// the status line, the error of the last action, the list's loading states, and asking before a delete.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import type { TargetMutation } from '../../components/Dialog.tsx';
import { LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { useFlash } from './flash.ts';

export interface ListReport {
  message: string;
  error: string;
  /** Says what was done; a success also clears the last action's error. */
  report: (text: string) => void;
  setError: (text: string) => void;
}

export function useListReport(): ListReport {
  const [message, setMessage] = useFlash();
  const [error, setError] = useState('');
  return {
    message,
    error,
    report: (text) => {
      setError('');
      setMessage(text);
    },
    setError,
  };
}

/** The status line, and the last action's error (a move or toggle has no dialog to show it in). */
export function ListFeedback({ message, error }: Pick<ListReport, 'message' | 'error'>) {
  return (
    <>
      <LiveMessage className="page-status">{message}</LiveMessage>
      {error ? (
        <div className="alert alert-error page-alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
    </>
  );
}

/** What ListStates reads of a query: a plain list, or the pages of a paged ("Load more") one. */
export interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: readonly unknown[] | { pages: readonly { items: readonly unknown[] }[] } | undefined;
  refetch: () => Promise<unknown>;
}

function isEmptyList(data: ListQuery['data']): boolean {
  if (data === undefined) return false;
  return 'pages' in data ? data.pages.every((page) => page.items.length === 0) : data.length === 0;
}

/** Loading, a first load that failed, or an empty list; a list with items is the page's to show. */
export function ListStates({
  query,
  loading,
  empty,
}: {
  query: ListQuery;
  loading: string;
  empty: ReactNode;
}) {
  if (query.isPending) return <Loading label={loading} />;
  // With a list already shown, a failed refetch keeps it rather than replacing it with an error.
  if (query.isError && !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmptyList(query.data)) return <p className="empty-inline">{empty}</p>;
  return null;
}

interface DeleteDialogProps<T> {
  target: T;
  mutation: TargetMutation<T>;
  /** The target's name, for the title and the status line. */
  name: string;
  /** What it is ("rule"), for the confirm button. */
  what: string;
  description: ReactNode;
  testId: string;
  onClose: () => void;
  onDeleted: (text: string) => void;
}

/** Asks before deleting; once deleted, says so on the page (the dialog that would have is gone). */
export function DeleteDialog<T>({
  target,
  mutation,
  name,
  what,
  onDeleted,
  ...dialog
}: DeleteDialogProps<T>) {
  return (
    <ConfirmMutationDialog
      {...dialog}
      target={target}
      mutation={mutation}
      onDone={() => onDeleted(`${name} deleted.`)}
      title={`Delete ${name}?`}
      confirmLabel={`Yes, delete ${what}`}
      danger
      fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
    />
  );
}
