import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useCreateTeam, useTeams, useUpdateTeam } from '../../api/inbox-admin.ts';
import type { AssignmentMode, InboxTeam, TeamInput } from '../../api/inbox-admin.ts';
import { useAgents } from '../../api/inbox-people.ts';
import type { InboxAgent } from '../../api/inbox-people.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { RadioGroup, SelectField, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, Loading, QueryError, useClientChecks } from '../../components/Feedback.tsx';
import { EditorActions } from '../../components/FormActions.tsx';
import { CalendarEditor } from './CalendarEditor.tsx';
import type { CalendarDraft } from './calendar-text.ts';
import { fromCalendarDraft, toCalendarDraft } from './calendar-text.ts';
import { useBackWith } from './flash.ts';
import { agentLabel, ASSIGNMENT_OPTIONS } from './labels.ts';
import { TeamMembersEditor } from './TeamMembersEditor.tsx';
import type { MemberDraft } from './TeamMembersEditor.tsx';

interface TeamDraft {
  name: string;
  assignment: AssignmentMode;
  leadId: string;
  members: MemberDraft[];
  calendar: CalendarDraft;
}

function toDraft(team: InboxTeam | null): TeamDraft {
  return {
    name: team?.name ?? '',
    assignment: team?.assignment ?? 'manual',
    leadId: team?.lead?.id ?? '',
    members: (team?.members ?? []).map((member) => ({
      person: { id: member.userId, name: member.name, handle: member.handle },
      capacity: String(member.capacity),
    })),
    calendar: toCalendarDraft(team?.calendar ?? null),
  };
}

function toInput(draft: TeamDraft): { input: TeamInput; errors: Record<string, string> } {
  const { calendar, errors } = fromCalendarDraft(draft.calendar);
  if (draft.name.trim() === '') errors.name = 'Name the team.';
  draft.members.forEach((member, index) => {
    const capacity = Number(member.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500)
      errors[`members.${index}.capacity`] = 'A whole number from 1 to 500.';
  });
  const input: TeamInput = {
    name: draft.name.trim(),
    assignment: draft.assignment,
    leadId: draft.leadId || null,
    members: draft.members.map((member) => ({ userId: member.person.id, capacity: Number(member.capacity) })),
    calendar,
  };
  return { input, errors };
}

/** Inbox settings › Teams › New team or one team: name, members, lead, assignment and opening hours. */
export function TeamEditorPage() {
  const { teamId } = useParams();
  const teams = useTeams();
  if (!teamId) return <TeamForm team={null} />;
  if (teams.isPending) return <Loading label="Loading the team…" />;
  if (teams.isError) return <QueryError error={teams.error} onRetry={() => void teams.refetch()} />;
  const team = teams.data.find((candidate) => candidate.id === teamId);
  if (!team)
    return (
      <section className="status-page">
        <PageHeader title="No such team" documentTitle="Team · Inbox settings" />
        <p>
          It may have been archived. <Link to="/inbox/settings/teams">Back to the teams</Link>
        </p>
      </section>
    );
  return <TeamForm key={team.id} team={team} />;
}

function TeamForm({ team }: { team: InboxTeam | null }) {
  const agents = useAgents();
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const mutation = team ? update : create;
  const { errors, passes } = useClientChecks(mutation);
  const backWith = useBackWith();
  const [draft, setDraft] = useState(() => toDraft(team));
  const set = (changes: Partial<TeamDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = toInput(draft);
    if (!passes(event, found)) return;
    const done = (saved: InboxTeam) =>
      backWith('/inbox/settings/teams', `${saved.name} ${team ? 'saved' : 'created'}.`);
    if (team) update.mutate({ id: team.id, ...input }, { onSuccess: done });
    else create.mutate(input, { onSuccess: done });
  }

  // The members first: the lead is usually one of them, though anyone who works the inbox may lead.
  const memberIds = new Set(draft.members.map((member) => member.person.id));
  const candidates = agents.data ?? [];
  const members = candidates.filter((agent) => memberIds.has(agent.id));
  const others = candidates.filter((agent) => !memberIds.has(agent.id));
  // A saved lead who can no longer work the inbox stays shown (saving asks for another one).
  const staleLead =
    team?.lead && agents.data && !agents.data.some((agent) => agent.id === team.lead?.id) ? team.lead : null;

  const title = team ? `Edit ${team.name}` : 'New team';
  return (
    <section data-testid="team-editor">
      <PageHeader title={title} documentTitle={`${title} · Inbox settings`} />
      <form className="card form settings-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <FormError error={mutation.error} knownFields={['name', 'leadId', 'members']} />
        <TextField
          label="Name"
          name="name"
          maxLength={80}
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          error={fieldError(mutation.error, 'name', errors.name)}
        />
        <TeamMembersEditor
          members={draft.members}
          onChange={(members) => set({ members })}
          errors={errors}
          serverError={fieldError(mutation.error, 'members')}
        />
        <SelectField
          label="Team lead"
          hint="Escalations and rota gaps notify the lead."
          value={draft.leadId}
          onChange={(event) => set({ leadId: event.target.value })}
          error={fieldError(mutation.error, 'leadId')}
        >
          <option value="">No lead</option>
          {staleLead && draft.leadId === staleLead.id ? (
            <option value={staleLead.id}>{staleLead.name} (can no longer work the inbox)</option>
          ) : null}
          {/* Before the list arrives, the saved lead keeps its name rather than showing as "No lead". */}
          {!agents.data && team?.lead ? <option value={team.lead.id}>{team.lead.name}</option> : null}
          <LeadGroup label="Members" agents={members} />
          <LeadGroup label="Others who work the inbox" agents={others} />
        </SelectField>
        <RadioGroup<AssignmentMode>
          legend="Assignment"
          name="assignment"
          value={draft.assignment}
          options={ASSIGNMENT_OPTIONS}
          onChange={(assignment) => set({ assignment })}
        />
        <CalendarEditor
          legend="Opening hours"
          value={draft.calendar}
          onChange={(calendar) => set({ calendar })}
          errors={errors}
          offLabel="Use the default opening hours"
          offDescription="The hours in Inbox settings › General; around the clock when none are set there."
        />
        <EditorActions pending={mutation.isPending} cancelTo="/inbox/settings/teams">
          {team ? 'Save team' : 'Create team'}
        </EditorActions>
      </form>
    </section>
  );
}

function LeadGroup({ label, agents }: { label: string; agents: readonly InboxAgent[] }) {
  if (agents.length === 0) return null;
  return (
    <optgroup label={label}>
      {agents.map((agent) => (
        <option key={agent.id} value={agent.id}>
          {agentLabel(agent)}
        </option>
      ))}
    </optgroup>
  );
}
