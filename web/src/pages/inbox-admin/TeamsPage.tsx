import { useState } from 'react';
import { Link } from 'react-router';
import { useTeams, useUpdateTeam } from '../../api/inbox-admin.ts';
import type { InboxTeam } from '../../api/inbox-admin.ts';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { describeCalendar } from './calendar-text.ts';
import { assignmentLabel } from './labels.ts';
import { useFlash } from './flash.ts';

/** Inbox settings › Teams: who answers what, how work is handed out, and when each team works. */
export function TeamsPage() {
  const teams = useTeams();
  const update = useUpdateTeam();
  const [archiving, setArchiving] = useState<InboxTeam | null>(null);
  const [message, setMessage] = useFlash();
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
      <LiveMessage className="page-status">{message}</LiveMessage>
      {teams.isPending ? <Loading label="Loading teams…" /> : null}
      {teams.isError && !teams.data ? (
        <QueryError error={teams.error} onRetry={() => void teams.refetch()} />
      ) : null}
      {teams.isSuccess && items.length === 0 ? (
        <p className="empty-inline">
          No teams yet. Create one with “New team”, then send conversations to it with a routing rule.
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="settings-list" aria-label="Teams">
          {items.map((team) => (
            <TeamCard key={team.id} team={team} onArchive={setArchiving} />
          ))}
        </ul>
      ) : null}
      {archiving ? (
        <ConfirmMutationDialog
          target={archiving}
          mutation={{
            ...update,
            mutate: (team, options) =>
              update.mutate(
                { id: team.id, archived: true },
                {
                  onSuccess: () => {
                    options.onSuccess();
                    setMessage(`${team.name} is archived.`);
                  },
                },
              ),
          }}
          onClose={() => setArchiving(null)}
          title={`Archive ${archiving.name}?`}
          testId="archive-team-dialog"
          description={
            <p>
              Its conversations keep their history. Routing rules that still name it are skipped (each
              conversation's routing trace says so) until you change them.
            </p>
          }
          confirmLabel="Yes, archive team"
          danger
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}

function TeamCard({ team, onArchive }: { team: InboxTeam; onArchive: (team: InboxTeam) => void }) {
  const titleId = `team-${team.id}-title`;
  return (
    <li className="card settings-item" data-testid="inbox-team" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 className="card-title" id={titleId}>
          {team.name}
        </h2>
        <Badge tone="accent">{assignmentLabel(team.assignment)}</Badge>
      </div>
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
        <button
          type="button"
          className="button button-small button-danger-outline"
          aria-label={`Archive ${team.name}`}
          onClick={() => onArchive(team)}
        >
          Archive
        </button>
      </div>
    </li>
  );
}
