import type { ReactNode } from 'react';
import { QueryError } from './Feedback.tsx';

export interface DataTableProps {
  /** Read by screen readers only. */
  caption: string;
  columns: readonly string[];
  /** Adds a last column for the rows' buttons (see ActionsCell), headed for screen readers only. */
  actions?: boolean;
  testId?: string;
  busy?: boolean;
  /** The rows. */
  children: ReactNode;
}

/** A table that becomes a stack of cards on narrow screens (each cell shows its `data-label`). */
export function DataTable({ caption, columns, actions = false, testId, busy, children }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table stack" data-testid={testId} aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The cell of a row's buttons, with the error of the row's last action under them. */
export function ActionsCell({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <td data-label="Actions" className="actions-cell">
      {children}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </td>
  );
}

/** A row's Revoke button; `label` names what it revokes for screen readers. */
export function RevokeButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="button button-small button-danger-outline"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      Revoke
    </button>
  );
}

/** The part of a TanStack infinite query that LoadMore uses. */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/** The button under a paged table that fetches its next page, and the error if that failed. */
export function LoadMore({ query }: { query: PagedQuery }) {
  return (
    <>
      {query.hasNextPage ? (
        <p className="load-more">
          <button
            type="button"
            className="button"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            Load more
          </button>
        </p>
      ) : null}
      {query.isFetchNextPageError ? <QueryError error={query.error} /> : null}
    </>
  );
}
