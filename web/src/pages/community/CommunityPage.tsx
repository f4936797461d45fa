import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import { useSpaces } from '../../api/spaces.ts';
import type { Space, SpaceKind } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';

const kindLabels: Record<SpaceKind, string> = {
  discussion: 'Discussion',
  questions: 'Questions',
  ideas: 'Ideas',
  complaints: 'Complaints · private',
  announcements: 'Announcements',
};

function SpaceCard({ space }: { space: Space }) {
  return (
    <li className="card space-card" data-testid="space-card" data-space-slug={space.slug}>
      <div className="space-card-head">
        <h2 className="space-card-title">{space.name}</h2>
        <Badge tone={space.kind === 'complaints' ? 'warning' : 'neutral'}>{kindLabels[space.kind]}</Badge>
        {space.archived ? <Badge>Archived</Badge> : null}
      </div>
      {space.description ? <p className="space-card-description">{space.description}</p> : null}
      <p className="muted small">
        {space.can.post ? 'You can start threads here.' : 'You can read here.'}
        {space.can.moderate ? ' You moderate this space.' : ''}
      </p>
    </li>
  );
}

/** The forum's spaces. Threads, answers and votes inside them are the next part being built. */
export function CommunityPage() {
  const spaces = useSpaces();
  const queryClient = useQueryClient();
  useLiveEvent('spaces.changed', () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.spaces });
  });
  const items = spaces.data?.items ?? [];
  return (
    <section data-testid="community-page">
      <PageHeader
        title="Community"
        description="The spaces of your forum. Threads, accepted answers and votes inside them are not available yet."
      />
      {spaces.isPending ? <Loading label="Loading spaces…" /> : null}
      {spaces.isError ? <QueryError error={spaces.error} onRetry={() => void spaces.refetch()} /> : null}
      {spaces.isSuccess && items.length === 0 ? (
        <p className="empty-inline">No spaces yet. An admin creates them.</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="space-list" aria-label="Spaces">
          {items.map((space) => (
            <SpaceCard key={space.id} space={space} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
