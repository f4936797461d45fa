import { Link } from 'react-router';
import { useDeleteView, useSavedViews } from '../../api/inbox.ts';
import { INBOX_VIEWS, type InboxFilters, type InboxView, type ViewCounts } from '../../api/inbox-types.ts';
import { errorMessage } from '../../components/Feedback.tsx';
import { filtersToSearch, sameFilters } from './inboxFilters.ts';
import { badgeCount, VIEW_LABELS } from './labels.ts';
import { SaveViewForm } from './SaveViewForm.tsx';

/** The rail counts open conversations; "Resolved" has no number worth watching. */
function countOf(view: InboxView, counts: ViewCounts | undefined): number | undefined {
  if (!counts) return undefined;
  if (view === 'all') return counts.open;
  if (view === 'mine') return counts.mine;
  if (view === 'unassigned') return counts.unassigned;
  if (view === 'breaching') return counts.breachingSoon;
  return undefined;
}

function ViewLink({
  view,
  filters,
  counts,
}: {
  view: InboxView;
  filters: InboxFilters;
  counts?: ViewCounts;
}) {
  const count = countOf(view, counts);
  const current = (filters.view ?? 'all') === view;
  // A view replaces the status filter (they would contradict); the other filters stay.
  const to = filtersToSearch({ ...filters, view, status: undefined });
  return (
    <Link
      to={{ search: to }}
      className="inbox-rail-link"
      aria-current={current ? 'page' : undefined}
      data-testid="inbox-view"
      data-view={view}
    >
      <span>{VIEW_LABELS[view]}</span>
      {count === undefined ? null : (
        <span className="inbox-rail-count" data-testid="inbox-view-count">
          {badgeCount(count)}
          <span className="visually-hidden"> open</span>
        </span>
      )}
    </Link>
  );
}

function SavedViews({ filters }: { filters: InboxFilters }) {
  const views = useSavedViews();
  const remove = useDeleteView();
  if (views.isError) return <p className="muted small">Saved views could not be loaded.</p>;
  const items = views.data ?? [];
  return (
    <>
      {items.length === 0 && views.isSuccess ? (
        <p className="muted small">Filter the list, then save it here to come back in one click.</p>
      ) : null}
      <ul className="inbox-rail-list" aria-label="Your saved views">
        {items.map((view) => (
          <li key={view.id} className="inbox-saved-view" data-testid="saved-view">
            <Link
              to={{ search: filtersToSearch(view.filters) }}
              className="inbox-rail-link"
              aria-current={sameFilters(view.filters, filters) ? 'page' : undefined}
            >
              {view.name}
            </Link>
            <button
              type="button"
              className="icon-button inbox-saved-view-delete"
              aria-label={`Delete the saved view ${view.name}`}
              disabled={remove.isPending}
              onClick={() => remove.mutate(view.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {remove.isError ? (
        <p className="field-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      ) : null}
    </>
  );
}

export function InboxViewsRail({ filters, counts }: { filters: InboxFilters; counts?: ViewCounts }) {
  return (
    <nav className="inbox-rail" aria-label="Inbox views">
      <ul className="inbox-rail-list">
        {INBOX_VIEWS.map((view) => (
          <li key={view}>
            <ViewLink view={view} filters={filters} counts={counts} />
          </li>
        ))}
      </ul>
      <h2 className="inbox-rail-heading">Saved views</h2>
      <SavedViews filters={filters} />
      <SaveViewForm filters={filters} />
    </nav>
  );
}
