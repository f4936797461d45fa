import type { PersonRef } from '../../api/inbox-admin.ts';
import { useAgents } from '../../api/inbox-people.ts';
import { Badge } from '../../components/Bits.tsx';
import { TextField } from '../../components/Field.tsx';
import { AgentPicker } from './AgentPicker.tsx';

export interface MemberDraft {
  person: PersonRef;
  /** Typed text; checked as a whole number 1–500 on save. */
  capacity: string;
}

/** The team's agents and how many open conversations each can carry before assignment skips them. */
export function TeamMembersEditor({
  members,
  onChange,
  errors,
  serverError,
}: {
  members: readonly MemberDraft[];
  onChange: (members: MemberDraft[]) => void;
  /** Client-side messages keyed `members.<index>.capacity`. */
  errors: Record<string, string>;
  serverError?: string;
}) {
  const chosen = new Set(members.map((member) => member.person.id));
  // Someone suspended or given another role since: saving the team is refused until they go.
  const agents = useAgents().data;
  const cannotWork = (id: string) => agents !== undefined && !agents.some((agent) => agent.id === id);
  return (
    <fieldset className="field settings-group" data-testid="team-members">
      <legend className="field-label">Members and capacity</legend>
      <p className="field-hint">
        Capacity is how many open conversations an agent carries before automatic assignment passes them by.
      </p>
      {members.length > 0 ? (
        <ul className="member-rows">
          {members.map((member, index) => (
            <li key={member.person.id} className="member-row" data-testid="team-member-row">
              <span className="member-row-name">
                <strong>{member.person.name}</strong>
                {member.person.handle ? <span className="muted"> @{member.person.handle}</span> : null}
                {cannotWork(member.person.id) ? (
                  <>
                    {' '}
                    <Badge tone="danger">Can no longer work the inbox</Badge>
                  </>
                ) : null}
              </span>
              <TextField
                label={
                  <>
                    Capacity<span className="visually-hidden"> of {member.person.name}</span>
                  </>
                }
                type="number"
                inputMode="numeric"
                min={1}
                max={500}
                step={1}
                className="input-number"
                value={member.capacity}
                onChange={(event) =>
                  onChange(
                    members.map((m, at) => (at === index ? { ...m, capacity: event.target.value } : m)),
                  )
                }
                error={errors[`members.${index}.capacity`]}
              />
              <button
                type="button"
                className="button button-small button-danger-outline"
                aria-label={`Remove ${member.person.name} from the team`}
                onClick={() => onChange(members.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nobody yet: add the agents who answer this team's conversations.</p>
      )}
      {serverError ? <p className="field-error">{serverError}</p> : null}
      <AgentPicker
        exclude={chosen}
        what="the team"
        onPick={(person) => onChange([...members, { person, capacity: '10' }])}
      />
    </fieldset>
  );
}
