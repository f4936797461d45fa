import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTimeline } from '../../api/members.ts';
import type { Member, MemberActivity } from '../../api/members.ts';
import { Time } from '../../components/Bits.tsx';
import { LoadMore } from '../../components/DataTable.tsx';
import { ListStates } from '../inbox-admin/ListPage.tsx';
import { SentimentChip } from '../listening/Mention.tsx';
import { internalPath, kindLabel, originalUrl } from './labels.ts';

/** Everything the member did (merged members included), newest first, narrowed to some kinds by chips. */
export function MemberTimeline({ member }: { member: Member }) {
  const kinds = Object.keys(member.activityCounts).sort();
  const [picked, setChosen] = useState<readonly string[]>([]);
  // A kind the member no longer has (after an undone merge) narrows nothing.
  const chosen = picked.filter((kind) => kinds.includes(kind));
  const timeline = useTimeline(member.id, chosen);
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const toggle = (kind: string) =>
    setChosen(chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind].sort());
  const headingId = useId();
  return (
    <section className="member-timeline" aria-labelledby={headingId} data-testid="member-timeline">
      <h2 id={headingId}>Timeline</h2>
      {kinds.length > 1 ? (
        <div className="member-kind-chips" role="group" aria-label="Show only">
          <button
            type="button"
            className="chip-toggle"
            aria-pressed={chosen.length === 0}
            onClick={() => setChosen([])}
          >
            Everything
          </button>
          {kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              className="chip-toggle"
              aria-pressed={chosen.includes(kind)}
              onClick={() => toggle(kind)}
            >
              {kindLabel(kind, true)}
            </button>
          ))}
        </div>
      ) : null}
      <ListStates
        query={timeline}
        loading="Loading the timeline…"
        empty={chosen.length > 0 ? 'Nothing of these kinds.' : 'Nothing on the timeline yet.'}
      />
      {items.length > 0 ? (
        <ol
          className="mention-list"
          aria-label="What they did, newest first"
          aria-busy={timeline.isFetching || undefined}
        >
          {items.map((activity) => (
            <li key={activity.id}>
              <ActivityCard activity={activity} />
            </li>
          ))}
        </ol>
      ) : null}
      <LoadMore query={timeline} />
    </section>
  );
}

function ActivityCard({ activity }: { activity: MemberActivity }) {
  const path = internalPath(activity);
  const original = originalUrl(activity);
  return (
    <article className="card mention" data-testid="member-activity" data-kind={activity.kind}>
      <p className="mention-where muted">
        <span className="chip-tag">{kindLabel(activity.kind)}</span> <Time iso={activity.at} relative />
      </p>
      <h3 className="mention-title">{path ? <Link to={path}>{activity.title}</Link> : activity.title}</h3>
      {activity.excerpt ? (
        <p className="mention-text" data-testid="member-activity-excerpt">
          {activity.excerpt}
        </p>
      ) : null}
      {activity.sentiment !== null && activity.sentimentLabel ? (
        <p>
          <SentimentChip label={activity.sentimentLabel} score={activity.sentiment} />
        </p>
      ) : null}
      {original ? (
        <p className="mention-links">
          <a href={original} target="_blank" rel="noopener noreferrer" data-testid="member-activity-original">
            Original<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
    </article>
  );
}
