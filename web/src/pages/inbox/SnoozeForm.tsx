import { useState } from 'react';
import type { FormEvent } from 'react';
import { TextField } from '../../components/Field.tsx';

const pad = (value: number) => String(value).padStart(2, '0');

/** A datetime-local value ("2026-11-03T09:00") in the browser's own time zone. */
function localValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Tomorrow at nine: the usual "come back to this" time. */
function tomorrowMorning(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(9, 0, 0, 0);
  return localValue(date);
}

interface SnoozeFormProps {
  pending: boolean;
  onSnooze: (untilIso: string) => void;
  onCancel: () => void;
}

export function SnoozeForm({ pending, onSnooze, onCancel }: SnoozeFormProps) {
  const [until, setUntil] = useState(tomorrowMorning);
  const [error, setError] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = new Date(until);
    if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now()) {
      setError('Choose a time in the future.');
      return;
    }
    setError('');
    onSnooze(at.toISOString());
  }

  return (
    <form className="form snooze-form" onSubmit={onSubmit} noValidate data-testid="snooze-form">
      <TextField
        label="Snooze until"
        type="datetime-local"
        value={until}
        min={localValue(new Date())}
        onChange={(event) => setUntil(event.target.value)}
        error={error || undefined}
        autoFocus
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={pending}>
          Snooze
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
