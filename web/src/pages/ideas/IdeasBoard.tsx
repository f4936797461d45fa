import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../api/auth.ts';
import { IDEA_STATUSES, IDEA_STATUS_LABELS, ideaKeys, useBoard } from '../../api/ideas.ts';
import type { BoardFilters, IdeaBoard, IdeaSort, IdeaStatusFilter } from '../../api/ideas.ts';
import { useMemberSegments } from '../../api/members.ts';
import type { Space } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { LoadMore } from '../../components/DataTable.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { BudgetNote } from '../../components/ideas/IdeaBits.tsx';
import { IdeaListItem } from '../../components/ideas/IdeaListItem.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';
import { SubmitIdeaDialog } from './SubmitIdeaDialog.tsx';
import '../../styles/ideas.css';

const SORTS: { value: IdeaSort; label: string }[] = [
  { value: 'votes', label: 'Most votes' },
  { value: 'demand', label: 'Demand (weighted by customer value)' },
  { value: 'trending', label: 'Trending (last 14 days)' },
  { value: 'new', label: 'Newest' },
];

function readFilters(params: URLSearchParams): BoardFilters {
  const sort = SORTS.some((s) => s.value === params.get('sort')) ? (params.get('sort') as IdeaSort) : 'votes';
  const raw = params.get('status') ?? 'open';
  const known = ['open', 'closed', 'all', ...IDEA_STATUSES].includes(raw);
  const segment = params.get('segment');
  return { sort, status: (known ? raw : 'open') as IdeaStatusFilter, ...(segment ? { segment } : {}) };
}

function SegmentSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const segments = useMemberSegments();
  return (
    <SelectField label="Votes of" value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">Everyone</option>
      {(segments.data ?? []).map((segment) => (
        <option key={segment.id} value={segment.id}>
          {segment.name}
        </option>
      ))}
    </SelectField>
  );
}

function emptyText(filters: BoardFilters, board: IdeaBoard | undefined, q: string): string {
  if (q) return 'No idea has a title like that. Suggest it!';
  if (filters.status === 'open')
    return board?.can.submit ? 'No open ideas yet. Be the first to suggest one.' : 'No open ideas yet.';
  return 'No ideas with this status.';
}

/** An ideas space: ranked ideas with votes, status and sort filters, and a way to suggest one. */
export function IdeasBoard({ space }: { space: Space }) {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [q, setQ] = useState('');
  const typed = useDebouncedValue(q.trim(), 250);
  const ideas = useBoard(space.slug, { ...filters, ...(typed ? { q: typed } : {}) });
  const [submitting, setSubmitting] = useState(false);
  const navigate = useNavigate();
  const me = useMe();
  const client = useQueryClient();
  useLiveEvent('ideas.changed', ({ spaceId }) => {
    if (spaceId === space.id) void client.invalidateQueries({ queryKey: ideaKeys.all });
  });
  const board = ideas.data?.pages[0]?.board;
  const items = ideas.data?.pages.flatMap((page) => page.items) ?? [];
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const action = board?.can.submit ? (
    <button type="button" className="button button-primary" onClick={() => setSubmitting(true)}>
      Suggest an idea
    </button>
  ) : me.data === null ? (
    <Link className="button" to={`/signin?next=${encodeURIComponent(`/c/${space.slug}`)}`}>
      Sign in to suggest and vote
    </Link>
  ) : null;
  return (
    <div data-testid="ideas-board">
      <PageHeader title={space.name} description={space.description || undefined} actions={action} />
      {board ? <BudgetNote board={board} /> : null}
      <div className="forum-filters idea-filters">
        <SelectField label="Show" value={filters.status} onChange={(e) => setParam('status', e.target.value)}>
          <option value="open">Open ideas</option>
          {IDEA_STATUSES.map((status) => (
            <option key={status} value={status}>
              {IDEA_STATUS_LABELS[status]}
            </option>
          ))}
          <option value="closed">Shipped and declined</option>
          <option value="all">All ideas</option>
        </SelectField>
        <SelectField label="Sort by" value={filters.sort} onChange={(e) => setParam('sort', e.target.value)}>
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </SelectField>
        {board?.can.inspect ? (
          <SegmentSelect value={filters.segment ?? ''} onChange={(id) => setParam('segment', id)} />
        ) : null}
        <TextField label="Search titles" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {ideas.isPending ? <Loading label="Loading ideas…" /> : null}
      {ideas.isError && !ideas.isFetchNextPageError ? (
        <QueryError error={ideas.error} onRetry={() => void ideas.refetch()} />
      ) : null}
      {ideas.isSuccess && items.length === 0 ? (
        <p className="empty-inline" data-testid="ideas-empty">
          {emptyText(filters, board, typed)}
        </p>
      ) : null}
      {board && items.length > 0 ? (
        <ul className="idea-list" aria-label="Ideas">
          {items.map((idea) => (
            <IdeaListItem
              key={idea.id}
              idea={idea}
              board={board}
              sort={filters.sort}
              segmented={Boolean(filters.segment)}
            />
          ))}
        </ul>
      ) : null}
      <LoadMore query={ideas} />
      {submitting && board ? (
        <SubmitIdeaDialog
          board={board}
          onClose={() => setSubmitting(false)}
          onSubmitted={(idea) => void navigate(`/ideas/${idea.id}`)}
        />
      ) : null}
    </div>
  );
}
