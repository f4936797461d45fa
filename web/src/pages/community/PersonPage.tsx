import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { usePerson } from '../../api/forum.ts';
import type { PersonProfile } from '../../api/types.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { ThreadListItem } from '../../components/forum/ThreadListItem.tsx';
import { roleLabel } from '../../lib/roles.ts';

function Profile({ profile }: { profile: PersonProfile }) {
  const { person } = profile;
  return (
    <>
      <PageHeader
        title={person.name}
        description={
          <>
            @{person.handle} · {roleLabel(person.role)}{' '}
            {person.staff ? (
              <span className="badge badge-staff" data-testid="staff-badge">
                Staff
              </span>
            ) : null}
          </>
        }
      />
      <dl className="details person-stats">
        <div>
          <dt>Member since</dt>
          <dd>
            <Time iso={profile.joinedAt} />
          </dd>
        </div>
        <div>
          <dt>Posts</dt>
          <dd className="numeric">{profile.postCount}</dd>
        </div>
        <div>
          <dt>Accepted answers</dt>
          <dd className="numeric">{profile.solutionCount}</dd>
        </div>
      </dl>
      <h2>Recent threads</h2>
      {profile.recentThreads.length === 0 ? (
        <p className="empty-inline">No threads you can see yet.</p>
      ) : (
        <ul className="thread-list" aria-label={`Recent threads by ${person.name}`}>
          {profile.recentThreads.map((thread) => (
            <ThreadListItem key={thread.id} thread={thread} showSpace />
          ))}
        </ul>
      )}
    </>
  );
}

/** A member's public profile: who they are, how much they helped, what they started lately. */
export function PersonPage() {
  const { handle = '' } = useParams();
  const person = usePerson(handle);
  return (
    <section data-testid="person-page">
      <p className="breadcrumbs">
        <Link to="/community">Community</Link>
      </p>
      {person.isPending ? <Loading label="Loading the profile…" /> : null}
      {person.isError ? (
        <>
          <PageHeader
            title={
              isApiError(person.error, 'PERSON_NOT_FOUND') ? 'Nobody by that handle' : 'Profile not available'
            }
          />
          <QueryError error={person.error} onRetry={() => void person.refetch()} />
        </>
      ) : null}
      {person.data ? <Profile profile={person.data} /> : null}
    </section>
  );
}
