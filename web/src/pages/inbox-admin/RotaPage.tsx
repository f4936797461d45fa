import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCoverage, useInboxSettings, useRemoveShift, useShifts, useTeams } from '../../api/inbox-admin.ts';
import type { InboxTeam, Shift } from '../../api/inbox-admin.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { SelectField } from '../../components/Field.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { browserTimezone } from './calendar-text.ts';
import { CoverageGaps } from './CoverageGaps.tsx';
import { describeSpan } from './rota.ts';
import { RotaWeek } from './RotaWeek.tsx';
import { ShiftForm } from './ShiftForm.tsx';
import type { IsoDate } from './zoned-time.ts';
import { addDays, dateIn, formatLongDate, isIsoDate, mondayOf, zonedToUtc } from './zoned-time.ts';

/** Inbox settings › Rota: who is on duty when, per team, a week at a time, and the holes in it. */
export function RotaPage() {
  const teams = useTeams();
  const settings = useInboxSettings();
  const [params, setParams] = useSearchParams();
  const items = teams.data ?? [];
  const team = items.find((candidate) => candidate.id === params.get('team')) ?? items[0];
  // The rota reads in the team's own time zone, like its opening hours.
  const timezone = team?.calendar?.timezone ?? settings.data?.calendar?.timezone ?? browserTimezone();
  const requested = params.get('week');
  const monday = mondayOf(isIsoDate(requested) ? requested : dateIn(Date.now(), timezone));

  function show(changes: { team?: string; week?: IsoDate }) {
    const next = new URLSearchParams(params);
    if (changes.team) next.set('team', changes.team);
    if (changes.week) next.set('week', changes.week);
    setParams(next, { replace: true });
  }

  return (
    <section data-testid="inbox-rota-page">
      <PageHeader
        title="Rota"
        documentTitle="Rota · Inbox settings"
        description="Who is on duty when. A team that keeps a rota only assigns to agents on duty, and the public support page names them."
      />
      {teams.isPending ? <Loading label="Loading teams…" /> : null}
      {teams.isError ? <QueryError error={teams.error} onRetry={() => void teams.refetch()} /> : null}
      {teams.isSuccess && items.length === 0 ? (
        <p className="empty-inline">Create a team first: the rota is kept per team.</p>
      ) : null}
      {team ? (
        <>
          <div className="filters rota-controls">
            <SelectField
              label="Team"
              value={team.id}
              onChange={(event) => show({ team: event.target.value })}
              fieldClassName="filter"
            >
              {items.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </SelectField>
            <div className="rota-week-nav" role="group" aria-label="Week">
              <button
                type="button"
                className="button button-small"
                onClick={() => show({ week: addDays(monday, -7) })}
              >
                Previous week
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => show({ week: mondayOf(dateIn(Date.now(), timezone)) })}
              >
                This week
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => show({ week: addDays(monday, 7) })}
              >
                Next week
              </button>
            </div>
          </div>
          <TeamRota key={`${team.id}:${timezone}`} team={team} monday={monday} timezone={timezone} />
        </>
      ) : null}
    </section>
  );
}

function TeamRota({ team, monday, timezone }: { team: InboxTeam; monday: IsoDate; timezone: string }) {
  const from = new Date(zonedToUtc(monday, '00:00', timezone)).toISOString();
  const to = new Date(zonedToUtc(addDays(monday, 7), '00:00', timezone)).toISOString();
  const shifts = useShifts(team.id, from, to);
  // The week shown, not the coming 7 days: gaps are listed next to the shifts that would fill them.
  const coverage = useCoverage(team.id, from, to);
  const remove = useRemoveShift();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  function removeShift(shift: Shift) {
    remove.mutate(shift, {
      onSuccess: () => {
        setError('');
        setMessage(
          `Removed ${shift.user.name}’s shift, ${describeSpan(shift.startsAt, shift.endsAt, timezone)}.`,
        );
      },
      onError: (failure) => setError(`Could not remove the shift: ${errorMessage(failure)}`),
    });
  }

  return (
    <>
      <h2 className="rota-title">
        Week of {formatLongDate(monday)}{' '}
        <span className="muted small">· times in {timezone.replaceAll('_', ' ')}</span>
      </h2>
      <LiveMessage className="page-status">{message}</LiveMessage>
      {error ? (
        <div className="alert alert-error page-alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <CoverageGaps query={coverage} timezone={timezone} from={from} to={to} />
      {shifts.isPending ? <Loading label="Loading shifts…" /> : null}
      {shifts.isError ? <QueryError error={shifts.error} onRetry={() => void shifts.refetch()} /> : null}
      {shifts.data ? (
        <RotaWeek
          monday={monday}
          timezone={timezone}
          shifts={shifts.data}
          gaps={coverage.data ?? []}
          onRemove={removeShift}
          removing={remove.isPending ? remove.variables.id : null}
        />
      ) : null}
      <ShiftForm
        // A new week starts the form on its Monday, so a shift lands in the week on screen.
        key={monday}
        team={team}
        timezone={timezone}
        defaultDate={monday}
        onAdded={(text) => {
          setError('');
          setMessage(text);
        }}
      />
    </>
  );
}
