import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../api/auth.ts';
import { queryKeys } from '../../api/keys.ts';
import { useSpaces } from '../../api/spaces.ts';
import type { Space, SpaceKind } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { SearchBox } from '../../components/forum/SearchBox.tsx';
import { useFlash } from '../inbox-admin/flash.ts';

const kindLabels: Record<SpaceKind, string> = {
  discussion: 'Discussion',
  questions: 'Questions',
  ideas: 'Ideas',
  complaints: 'Complaints · private',
  announcements: 'Announcements',
};

function SpaceCard({ space, signedIn }: { space: Space; signedIn: boolean }) {
  return (
    <li className="card space-card" data-testid="space-card" data-space-slug={space.slug}>
      <div className="space-card-head">
        <h2 className="space-card-title">
          <Link to={`/c/${space.slug}`}>{space.name}</Link>
        </h2>
        <Badge tone={space.kind === 'complaints' ? 'warning' : 'neutral'}>{kindLabels[space.kind]}</Badge>
        {space.archived ? <Badge>Archived</Badge> : null}
      </div>
      {space.description ? <p className="space-card-description">{space.description}</p> : null}
      <p className="muted small">
        {space.can.post
          ? 'You can start threads here.'
          : signedIn
            ? 'You can read here.'
            : 'Sign in to take part.'}
        {space.can.moderate ? ' You moderate this space.' : ''}
      </p>
    </li>
  );
}

/** The forum's spaces, each leading to its threads, and a search box over all of them. */
export function CommunityPage() {
  const spaces = useSpaces();
  const me = useMe();
  const queryClient = useQueryClient();
  // E.g. that the person just erased their account.
  const [message] = useFlash();
  useLiveEvent('spaces.changed', () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.spaces });
  });
  const items = spaces.data?.items ?? [];
  return (
    <section data-testid="community-page">
      <PageHeader
        title="Community"
        description="Ask, answer, suggest and talk things through. Pick a space, or search everything."
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <SearchBox />
      {spaces.isPending ? <Loading label="Loading spaces…" /> : null}
      {spaces.isError ? <QueryError error={spaces.error} onRetry={() => void spaces.refetch()} /> : null}
      {spaces.isSuccess && items.length === 0 ? (
        <p className="empty-inline">No spaces yet. An admin creates them.</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="space-list" aria-label="Spaces">
          {items.map((space) => (
            <SpaceCard key={space.id} space={space} signedIn={Boolean(me.data)} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
