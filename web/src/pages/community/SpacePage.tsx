import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../api/auth.ts';
import { useSpace, useSpaceThreads } from '../../api/forum.ts';
import type { SolvedFilter } from '../../api/forum.ts';
import { queryKeys } from '../../api/keys.ts';
import type { Space } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { LoadMore } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { SearchBox } from '../../components/forum/SearchBox.tsx';
import { ThreadListItem } from '../../components/forum/ThreadListItem.tsx';
import { IdeasBoard } from '../ideas/IdeasBoard.tsx';

function readFilter(value: string | null): SolvedFilter {
  return value === 'solved' || value === 'unsolved' ? value : '';
}

function NewThreadAction({ space }: { space: Space }) {
  const me = useMe();
  if (space.can.post) {
    return (
      <Link className="button button-primary" to={`/c/${space.slug}/new`}>
        {space.kind === 'questions' ? 'Ask a question' : 'New thread'}
      </Link>
    );
  }
  if (me.data === null) {
    return (
      <Link className="button" to={`/signin?next=${encodeURIComponent(`/c/${space.slug}`)}`}>
        Sign in to post
      </Link>
    );
  }
  return null;
}

function emptyText(space: Space, filter: SolvedFilter): string {
  if (filter === 'solved') return 'No solved questions yet.';
  if (filter === 'unsolved') return 'Every question here has an accepted answer.';
  return space.can.post ? 'Nothing here yet. Start the first thread.' : 'Nothing here yet.';
}

function SpaceThreads({ space }: { space: Space }) {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params.get('state'));
  const threads = useSpaceThreads(space.slug, filter);
  const queryClient = useQueryClient();
  useLiveEvent('forum.thread_changed', ({ spaceId }) => {
    if (spaceId === space.id || spaceId === null)
      void queryClient.invalidateQueries({ queryKey: queryKeys.forumThreadLists });
  });
  const items = threads.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      {space.kind === 'questions' ? (
        <div className="forum-filters">
          <SelectField
            label="Show"
            value={filter}
            onChange={(event) =>
              setParams(event.target.value ? { state: event.target.value } : {}, { replace: true })
            }
          >
            <option value="">All questions</option>
            <option value="unsolved">Unsolved</option>
            <option value="solved">Solved</option>
          </SelectField>
        </div>
      ) : null}
      {threads.isPending ? <Loading label="Loading threads…" /> : null}
      {threads.isError && !threads.isFetchNextPageError ? (
        <QueryError error={threads.error} onRetry={() => void threads.refetch()} />
      ) : null}
      {threads.isSuccess && items.length === 0 ? (
        <p className="empty-inline" data-testid="threads-empty">
          {emptyText(space, filter)}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="thread-list" aria-label="Threads">
          {items.map((thread) => (
            <ThreadListItem key={thread.id} thread={thread} />
          ))}
        </ul>
      ) : null}
      <LoadMore query={threads} />
    </>
  );
}

/** One space: its threads (pinned first), a solved filter for questions, and a way to post; an ideas space is a board. */
export function SpacePage() {
  const { slug = '' } = useParams();
  const space = useSpace(slug);
  return (
    <section data-testid="space-page">
      <p className="breadcrumbs">
        <Link to="/community">Community</Link>
      </p>
      {space.isPending ? <Loading label="Loading the space…" /> : null}
      {space.isError ? (
        <>
          <PageHeader title="Space not available" />
          <QueryError error={space.error} onRetry={() => void space.refetch()} />
        </>
      ) : null}
      {space.data?.kind === 'ideas' ? <IdeasBoard space={space.data} /> : null}
      {space.data && space.data.kind !== 'ideas' ? (
        <>
          <PageHeader
            title={space.data.name}
            description={space.data.description || undefined}
            actions={<NewThreadAction space={space.data} />}
          />
          <SearchBox space={space.data.slug} />
          <SpaceThreads space={space.data} />
        </>
      ) : null}
    </section>
  );
}
