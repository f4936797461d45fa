import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useAddShift } from '../../api/inbox-admin.ts';
import type { InboxTeam } from '../../api/inbox-admin.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { describeSpan } from './rota.ts';
import type { IsoDate } from './zoned-time.ts';
import { addDays, isIsoDate, zonedToUtc } from './zoned-time.ts';

interface ShiftDraft {
  userId: string;
  date: string;
  start: string;
  end: string;
}

/** Puts one of the team's agents on duty for a stretch of one day (an end before the start runs past midnight). */
export function ShiftForm({
  team,
  timezone,
  defaultDate,
  onAdded,
}: {
  team: InboxTeam;
  timezone: string;
  defaultDate: IsoDate;
  onAdded: (message: string) => void;
}) {
  const add = useAddShift();
  const { errors, passes } = useClientChecks(add);
  const [draft, setDraft] = useState<ShiftDraft>({
    userId: '',
    date: defaultDate,
    start: '09:00',
    end: '17:00',
  });
  const set = (changes: Partial<ShiftDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.userId) found.userId = 'Choose who is on duty.';
    if (!isIsoDate(draft.date)) found.startsAt = 'Choose the day.';
    if (!/^\d{2}:\d{2}$/.test(draft.start)) found.start = 'Choose when the shift starts.';
    if (!/^\d{2}:\d{2}$/.test(draft.end)) found.end = 'Choose when the shift ends.';
    if (!passes(event, found)) return;
    const startsAt = zonedToUtc(draft.date, draft.start, timezone);
    const endDate = draft.end <= draft.start ? addDays(draft.date, 1) : draft.date;
    const endsAt = zonedToUtc(endDate, draft.end, timezone);
    const input = {
      teamId: team.id,
      userId: draft.userId,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(endsAt).toISOString(),
    };
    const person = team.members.find((member) => member.userId === draft.userId);
    add.mutate(input, {
      onSuccess: () =>
        onAdded(
          `${person?.name ?? 'The agent'} is on duty ${describeSpan(input.startsAt, input.endsAt, timezone)}.`,
        ),
    });
  }

  return (
    <form
      className="card section form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-shift-title"
      data-testid="shift-form"
    >
      <h2 id="add-shift-title">Add a shift</h2>
      <FormError error={add.error} knownFields={['userId', 'startsAt', 'endsAt']} />
      {team.members.length === 0 ? (
        <p className="muted">
          Only members of {team.name} can be on its rota.{' '}
          <Link to={`/inbox/settings/teams/${team.id}`}>Add people to the team</Link> first.
        </p>
      ) : (
        <div className="settings-grid">
          <SelectField
            label="Who"
            // The server keeps the rota to the team's members (a shift is where assignment looks).
            hint={
              <>
                Members of {team.name}.{' '}
                <Link to={`/inbox/settings/teams/${team.id}`}>Add someone to the team</Link>
              </>
            }
            value={draft.userId}
            onChange={(event) => set({ userId: event.target.value })}
            error={fieldError(add.error, 'userId', errors.userId)}
          >
            <option value="">Choose someone…</option>
            {team.members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Day"
            type="date"
            value={draft.date}
            onChange={(event) => set({ date: event.target.value })}
            error={fieldError(add.error, 'startsAt', errors.startsAt)}
          />
          <TextField
            label="From"
            type="time"
            value={draft.start}
            onChange={(event) => set({ start: event.target.value })}
            error={errors.start}
          />
          <TextField
            label="Until"
            type="time"
            hint="Before the start: the next day."
            value={draft.end}
            onChange={(event) => set({ end: event.target.value })}
            error={fieldError(add.error, 'endsAt', errors.end)}
          />
        </div>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={add.isPending || team.members.length === 0}
          aria-busy={add.isPending || undefined}
        >
          Add shift
        </button>
      </div>
    </form>
  );
}
