import { useId, useState } from 'react';
import type { PersonRef } from '../../api/inbox-admin.ts';
import { useAgents } from '../../api/inbox-people.ts';
import { SelectField } from '../../components/Field.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { agentLabel } from './labels.ts';

/** Adds someone who can work the inbox (an active agent, manager or admin), chosen from all of them. */
export function AgentPicker({
  exclude,
  onPick,
  what,
}: {
  /** Ids that are already chosen. */
  exclude: ReadonlySet<string>;
  onPick: (person: PersonRef) => void;
  /** What the person is added to, for the button ("the team"). */
  what: string;
}) {
  const agents = useAgents();
  const hintId = useId();
  const [chosen, setChosen] = useState('');
  if (agents.isPending) return <Loading label="Loading the people who can work the inbox…" />;
  if (agents.isError) return <QueryError error={agents.error} onRetry={() => void agents.refetch()} />;
  const offered = agents.data.filter((agent) => !exclude.has(agent.id));

  function add() {
    const agent = offered.find((candidate) => candidate.id === chosen);
    if (!agent) return;
    onPick({ id: agent.id, name: agent.name, handle: agent.handle });
    setChosen('');
  }

  if (offered.length === 0)
    return (
      <p className="muted">
        {agents.data.length === 0
          ? 'Nobody can work the inbox yet: an admin gives people the agent role (Admin › Users).'
          : `Everyone who can work the inbox is in ${what}.`}
      </p>
    );
  return (
    <div className="agent-picker">
      <div className="inline-add">
        <SelectField
          label="Person"
          aria-describedby={hintId}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">Choose someone…</option>
          {offered.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agentLabel(agent)}
            </option>
          ))}
        </SelectField>
        <button type="button" className="button button-small" disabled={!chosen} onClick={add}>
          Add to {what}
        </button>
      </div>
      <p className="field-hint" id={hintId}>
        Agents, community managers and admins can work the inbox.
      </p>
    </div>
  );
}
