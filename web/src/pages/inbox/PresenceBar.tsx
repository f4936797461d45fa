import { initials } from '../../lib/format.ts';
import type { PresentColleague } from './usePresence.ts';

/** "Dana is viewing", "Dana is typing a reply…": so two people do not answer the same person at once. */
export function PresenceBar({ others }: { others: PresentColleague[] }) {
  return (
    <div className="presence" data-testid="presence" aria-live="polite">
      {others.map((colleague) => (
        <p
          key={colleague.userId}
          className={`presence-entry presence-${colleague.state}`}
          data-testid="presence-entry"
          data-user-id={colleague.userId}
          data-state={colleague.state}
        >
          <span className="avatar" aria-hidden="true">
            {initials(colleague.name)}
          </span>
          <span data-testid="presence-text">
            {colleague.name} {colleague.state === 'typing' ? 'is typing a reply…' : 'is viewing'}
          </span>
        </p>
      ))}
    </div>
  );
}
