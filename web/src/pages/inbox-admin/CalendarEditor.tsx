import { useId, useState } from 'react';
import { RadioGroup, SelectField, TextField } from '../../components/Field.tsx';
import type { CalendarDraft } from './calendar-text.ts';
import { timezoneOptions, WEEKDAYS } from './calendar-text.ts';

export interface CalendarEditorProps {
  legend: string;
  value: CalendarDraft;
  onChange: (draft: CalendarDraft) => void;
  /** Messages keyed like fromCalendarDraft's (`<path>.weekly.1`…). */
  errors: Record<string, string>;
  path?: string;
  /** What "no calendar" means where the editor is used (a team: around the clock). */
  offLabel: string;
  offDescription: string;
}

const FORMAT_HINT = 'Like 09:00–12:00, 13:00–17:30. Leave empty when closed; 22:00–06:00 runs past midnight.';

/**
 * Opening hours: a time zone, several intervals per weekday, holidays and dated exceptions.
 * Teams, the inbox's default hours and (through them) SLA clocks all use this one shape.
 */
export function CalendarEditor({
  legend,
  value,
  onChange,
  errors,
  path = 'calendar',
  offLabel,
  offDescription,
}: CalendarEditorProps) {
  const id = useId();
  const [holiday, setHoliday] = useState('');
  const set = (changes: Partial<CalendarDraft>) => onChange({ ...value, ...changes });

  function addHoliday() {
    if (!holiday || value.holidays.includes(holiday)) return;
    set({ holidays: [...value.holidays, holiday].sort() });
    setHoliday('');
  }

  return (
    <fieldset className="field calendar-editor" data-testid="calendar-editor">
      <legend className="field-label">{legend}</legend>
      <RadioGroup<'off' | 'on'>
        legend="Which hours apply"
        name={`${id}-mode`}
        value={value.enabled ? 'on' : 'off'}
        options={[
          { value: 'off', label: offLabel, description: offDescription },
          {
            value: 'on',
            label: 'Set opening hours',
            description: 'SLA clocks stop outside them, and the off-hours message answers.',
          },
        ]}
        onChange={(mode) => set({ enabled: mode === 'on' })}
      />
      {value.enabled ? (
        <>
          <SelectField
            label="Time zone"
            value={value.timezone}
            onChange={(event) => set({ timezone: event.target.value })}
            fieldClassName="calendar-timezone"
          >
            {timezoneOptions(value.timezone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
          <fieldset className="settings-group" aria-describedby={`${id}-format`}>
            <legend className="field-label">Weekly hours</legend>
            <p className="field-hint" id={`${id}-format`}>
              {FORMAT_HINT}
            </p>
            <div className="calendar-week">
              {WEEKDAYS.map(({ key, label }) => (
                <TextField
                  key={key}
                  label={label}
                  name={`weekday-${key}`}
                  value={value.weekly[key]}
                  placeholder="Closed"
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => set({ weekly: { ...value.weekly, [key]: event.target.value } })}
                  error={errors[`${path}.weekly.${key}`]}
                  fieldClassName="calendar-day"
                />
              ))}
            </div>
          </fieldset>
          <HolidayList
            holidays={value.holidays}
            draft={holiday}
            onDraft={setHoliday}
            onAdd={addHoliday}
            onRemove={(date) => set({ holidays: value.holidays.filter((day) => day !== date) })}
          />
          <fieldset className="settings-group">
            <legend className="field-label">Dated exceptions</legend>
            <p className="field-hint">
              Other hours on one date (a late opening, a short day); empty means closed.
            </p>
            {value.exceptions.length > 0 ? (
              <ul className="calendar-exceptions">
                {value.exceptions.map((entry, index) => (
                  <li key={index} className="calendar-exception" data-testid="calendar-exception">
                    <TextField
                      label="Date"
                      type="date"
                      value={entry.date}
                      onChange={(event) =>
                        set({ exceptions: replaceAt(value.exceptions, index, { date: event.target.value }) })
                      }
                    />
                    <TextField
                      label="Hours that day"
                      value={entry.text}
                      placeholder="Closed"
                      autoComplete="off"
                      onChange={(event) =>
                        set({ exceptions: replaceAt(value.exceptions, index, { text: event.target.value }) })
                      }
                      error={errors[`${path}.exceptions.${index}`]}
                    />
                    <button
                      type="button"
                      className="button button-small button-danger-outline"
                      aria-label={`Remove the exception${entry.date ? ` on ${entry.date}` : ''}`}
                      onClick={() => set({ exceptions: value.exceptions.filter((_, at) => at !== index) })}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              className="button button-small"
              onClick={() => set({ exceptions: [...value.exceptions, { date: '', text: '' }] })}
            >
              Add an exception
            </button>
          </fieldset>
        </>
      ) : null}
    </fieldset>
  );
}

function replaceAt<T>(items: readonly T[], index: number, changes: Partial<T>): T[] {
  return items.map((item, at) => (at === index ? { ...item, ...changes } : item));
}

function HolidayList({
  holidays,
  draft,
  onDraft,
  onAdd,
  onRemove,
}: {
  holidays: readonly string[];
  draft: string;
  onDraft: (date: string) => void;
  onAdd: () => void;
  onRemove: (date: string) => void;
}) {
  return (
    <fieldset className="settings-group">
      <legend className="field-label">Holidays</legend>
      <p className="field-hint">Closed all day; SLA clocks wait for the next opening.</p>
      {holidays.length > 0 ? (
        <ul className="chip-list" aria-label="Holidays" data-testid="holiday-list">
          {holidays.map((date) => (
            <li key={date} className="chip">
              <span className="chip-label">{date}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove the holiday on ${date}`}
                onClick={() => onRemove(date)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-add">
        <TextField
          label="Holiday date"
          type="date"
          value={draft}
          onChange={(event) => onDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the date here instead of submitting the whole form.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onAdd();
          }}
        />
        <button type="button" className="button button-small" disabled={!draft} onClick={onAdd}>
          Add holiday
        </button>
      </div>
    </fieldset>
  );
}
