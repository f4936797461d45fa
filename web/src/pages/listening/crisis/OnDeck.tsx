// Who is on deck in a crisis room, and putting a colleague on deck (they are notified).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAgents } from '../../../api/inbox-people.ts';
import { useAddToDeck } from '../../../api/listening-crises.ts';
import type { Crisis } from '../../../api/listening-crises.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { Time } from '../../../components/Bits.tsx';
import { SelectField } from '../../../components/Field.tsx';
import { useClientChecks } from '../../../components/Feedback.tsx';
import { roleLabel } from '../../../lib/roles.ts';
import { RoomError } from './RoomError.tsx';

export function OnDeck({
  crisis,
  readOnly,
  report,
}: {
  crisis: Crisis;
  readOnly: boolean;
  report: (text: string) => void;
}) {
  const me = useCurrentUser();
  return (
    <section className="card crisis-panel" aria-labelledby="crisis-deck-title" data-testid="crisis-on-deck">
      <h2 id="crisis-deck-title" className="crisis-panel-title">
        On deck <span className="muted numeric">({crisis.onDeck.length})</span>
      </h2>
      {crisis.onDeck.length === 0 ? (
        <p className="muted">Nobody is on deck.</p>
      ) : (
        <ul className="crisis-deck" aria-labelledby="crisis-deck-title">
          {crisis.onDeck.map((member) => (
            <li key={member.userId} data-testid="crisis-deck-member" data-user-id={member.userId}>
              <span className="crisis-deck-name">
                {member.name}
                {member.userId === me.id ? <span className="muted"> (you)</span> : null}
              </span>
              <span className="muted crisis-deck-since">
                since <Time iso={member.addedAt} relative />
              </span>
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : <AddColleague crisis={crisis} report={report} />}
    </section>
  );
}

function AddColleague({ crisis, report }: { crisis: Crisis; report: (text: string) => void }) {
  const agents = useAgents();
  const add = useAddToDeck(crisis.id);
  const { errors, passes } = useClientChecks(add);
  const [chosen, setChosen] = useState('');
  const onDeck = new Set(crisis.onDeck.map((member) => member.userId));
  const candidates = (agents.data ?? [])
    .filter((agent) => !onDeck.has(agent.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  // Someone else may have put them on deck meanwhile: then nobody is chosen.
  const userId = candidates.some((agent) => agent.id === chosen) ? chosen : '';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, userId ? {} : { userId: 'Choose a colleague to put on deck.' })) return;
    const name = candidates.find((agent) => agent.id === userId)?.name ?? 'They';
    add.mutate(
      { userId, version: crisis.version },
      {
        onSuccess: () => {
          setChosen('');
          report(`${name} is on deck and has been notified.`);
        },
      },
    );
  }

  if (agents.isSuccess && candidates.length === 0)
    return <p className="muted crisis-deck-all">Everyone who works the inbox is on deck.</p>;
  return (
    <form className="form crisis-inline-form" onSubmit={onSubmit} noValidate>
      <RoomError error={add.error} knownFields={['userId']} />
      <SelectField
        label="Add a colleague"
        name="userId"
        value={userId}
        disabled={agents.isPending}
        hint={
          agents.isError
            ? 'The list of colleagues could not be loaded.'
            : 'They are notified that they are on deck.'
        }
        onChange={(event) => setChosen(event.target.value)}
        error={errors.userId}
      >
        <option value="">{agents.isPending ? 'Loading colleagues…' : 'Choose someone'}</option>
        {candidates.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {`${agent.name} (${roleLabel(agent.role)}${agent.available === false ? ', away' : ''})`}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          disabled={add.isPending}
          aria-busy={add.isPending || undefined}
        >
          Add to deck
        </button>
      </div>
    </form>
  );
}
