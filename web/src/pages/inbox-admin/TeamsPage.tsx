import { useState } from 'react';
import { Link } from 'react-router';
import { useTeams, useUpdateTeam } from '../../api/inbox-admin.ts';
import type { InboxTeam } from '../../api/inbox-admin.ts';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { ArchiveButton, ArchiveDialog } from '../../components/Archiving.tsx';
import { SettingsCard } from '../../components/SettingsCard.tsx';
import { describeCalendar } from './calendar-text.ts';
import { assignmentLabel } from './labels.ts';
import { ListFeedback, ListStates, useListReport } from './ListPage.tsx';

/** Inbox settings › Teams: who answers what, how work is handed out, and when each team works. */
export function TeamsPage() {
  const teams = useTeams();
  const update = useUpdateTeam();
  const [archiving, setArchiving] = useState<InboxTeam | null>(null);
  const { message, error, report } = useListReport();
  const items = teams.data ?? [];

  return (
    <section data-testid="inbox-teams-page">
      <PageHeader
        title="Teams"
        documentTitle="Teams · Inbox settings"
        description="Routing rules send conversations to a team; the team's assignment mode hands them to its agents, within each agent's capacity and the team's opening hours."
        actions={
          <Link to="/inbox/settings/teams/new" className="button button-primary">
            New team
          </Link>
        }
      />
      <ListFeedback message={message} error={error} />
      <ListStates
        query={teams}
        loading="Loading teams…"
        empty="No teams yet. Create one with “New team”, then send conversations to it with a routing rule."
      />
      {items.length > 0 ? (
        <ul className="settings-list" aria-label="Teams">
          {items.map((team) => (
            <TeamCard key={team.id} team={team} onArchive={setArchiving} />
          ))}
        </ul>
      ) : null}
      {archiving ? (
        <ArchiveDialog
          target={archiving}
          update={update}
          what="team"
          testId="archive-team-dialog"
          description={
            <p>
              Its conversations keep their history. Routing rules that still name it are skipped (each
              conversation's routing trace says so) until you change them.
            </p>
          }
          onClose={() => setArchiving(null)}
          onArchived={report}
        />
      ) : null}
    </section>
  );
}

function TeamCard({ team, onArchive }: { team: InboxTeam; onArchive: (team: InboxTeam) => void }) {
  return (
    <SettingsCard
      name={team.name}
      data-testid="inbox-team"
      badges={<Badge tone="accent">{assignmentLabel(team.assignment)}</Badge>}
    >
      <dl className="settings-facts">
        <div>
          <dt>Lead</dt>
          <dd>{team.lead?.name ?? <span className="muted">No lead</span>}</dd>
        </div>
        <div>
          <dt>Opening hours</dt>
          <dd data-testid="team-hours">{describeCalendar(team.calendar, 'The default opening hours')}</dd>
        </div>
      </dl>
      {team.members.length > 0 ? (
        <ul className="member-load-list" aria-label={`Members of ${team.name}`}>
          {team.members.map((member) => (
            <li key={member.userId} className="member-load" data-testid="team-member">
              <strong>{member.name}</strong>{' '}
              <span className="muted numeric">
                {member.openLoad} open of {member.capacity}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nobody in this team yet.</p>
      )}
      <div className="settings-item-actions">
        <Link
          to={`/inbox/settings/teams/${team.id}`}
          className="button button-small"
          aria-label={`Edit ${team.name}`}
        >
          Edit
        </Link>
        <ArchiveButton name={team.name} onClick={() => onArchive(team)} />
      </div>
    </SettingsCard>
  );
}
