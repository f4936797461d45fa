import type { ThreadSummary } from '../../api/types.ts';
import { Badge } from '../Bits.tsx';

/** The state of a thread at a glance: pinned, locked, closed, solved, private, acknowledged. */
export function ThreadBadges({ thread }: { thread: ThreadSummary }) {
  const badges = [
    thread.pinned ? <Badge tone="accent">Pinned</Badge> : null,
    thread.solved ? (
      <Badge tone="success">{thread.solvedByCommunity ? 'Solved by the community' : 'Solved'}</Badge>
    ) : null,
    thread.locked ? <Badge tone="warning">Locked</Badge> : null,
    thread.closed ? <Badge>Closed</Badge> : null,
    thread.takenPrivate ? <Badge tone="warning">Taken private</Badge> : null,
    !thread.takenPrivate && thread.visibility !== 'public' ? <Badge>Private</Badge> : null,
    thread.acknowledgedAt ? <Badge tone="success">Acknowledged</Badge> : null,
  ].filter((badge) => badge !== null);
  if (badges.length === 0) return null;
  return (
    <ul className="badge-row" aria-label="Thread status" data-testid="thread-badges">
      {badges.map((badge, index) => (
        <li key={index}>{badge}</li>
      ))}
    </ul>
  );
}
