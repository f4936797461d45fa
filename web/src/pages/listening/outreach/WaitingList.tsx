// The queue: one card per person who mentioned a problem and has not been contacted, with their
// newest mention and a form to reach out.
import { useId } from 'react';
import type { WaitingPerson } from '../../../api/listening-outreach.ts';
import { Badge } from '../../../components/Bits.tsx';
import { MentionCard } from '../Mention.tsx';
import { personHandle, personName, problemMentions } from './labels.ts';
import { ReachOutForm } from './ReachOutForm.tsx';
import type { ReachOutFormProps } from './ReachOutForm.tsx';

type Handlers = Pick<ReachOutFormProps, 'onReached' | 'onFailed'>;

export function WaitingList({ people, ...handlers }: Handlers & { people: readonly WaitingPerson[] }) {
  return (
    <ul className="settings-list outreach-list">
      {people.map((person) => (
        <WaitingCard key={person.authorKey} person={person} {...handlers} />
      ))}
    </ul>
  );
}

function WaitingCard({ person, onReached, onFailed }: Handlers & { person: WaitingPerson }) {
  const headingId = useId();
  const name = personName(person.authorKey, person.item);
  const handle = personHandle(person.item);
  return (
    <li
      className="card settings-item outreach-person"
      aria-labelledby={headingId}
      data-testid="outreach-person"
      data-author-key={person.authorKey}
    >
      <div className="card-head">
        <h3 className="card-title" id={headingId}>
          {name}
          {handle ? <span className="muted outreach-handle"> {handle}</span> : null}
        </h3>
        <Badge>{person.item.platform}</Badge>
        <Badge tone={person.mentions > 1 ? 'warning' : 'neutral'}>
          <span data-testid="outreach-mention-count" data-count={person.mentions}>
            {problemMentions(person.mentions)}
          </span>
        </Badge>
      </div>
      <div className="outreach-person-body">
        <div className="outreach-person-mention">
          <p className="settings-item-subtitle">
            {person.mentions > 1 ? 'Their newest problem mention' : 'Their problem mention'}
          </p>
          <MentionCard item={person.item} />
        </div>
        <ReachOutForm person={person} name={name} onReached={onReached} onFailed={onFailed} />
      </div>
    </li>
  );
}
