import type { CoverageGap, Shift } from '../../api/inbox-admin.ts';
import { WEEKDAYS } from './calendar-text.ts';
import type { DayPiece } from './rota.ts';
import { pieceOnDay } from './rota.ts';
import type { IsoDate } from './zoned-time.ts';
import { addDays, formatShortDate } from './zoned-time.ts';

type Entry = DayPiece & ({ kind: 'shift'; shift: Shift } | { kind: 'gap' });

/** Monday to Sunday, each day's shifts and uncovered opening hours in time order. */
export function RotaWeek({
  monday,
  timezone,
  shifts,
  gaps,
  onRemove,
  removing,
}: {
  monday: IsoDate;
  timezone: string;
  shifts: readonly Shift[];
  gaps: readonly CoverageGap[];
  onRemove: (shift: Shift) => void;
  /** The shift being removed, whose button waits. */
  removing: string | null;
}) {
  return (
    <div className="rota-week" data-testid="rota-week">
      {WEEKDAYS.map(({ label }, index) => {
        const day = addDays(monday, index);
        const entries: Entry[] = [];
        for (const shift of shifts) {
          const piece = pieceOnDay(Date.parse(shift.startsAt), Date.parse(shift.endsAt), day, timezone);
          if (piece) entries.push({ ...piece, kind: 'shift', shift });
        }
        for (const gap of gaps) {
          const piece = pieceOnDay(Date.parse(gap.startsAt), Date.parse(gap.endsAt), day, timezone);
          if (piece) entries.push({ ...piece, kind: 'gap' });
        }
        entries.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
        const titleId = `rota-day-${day}`;
        return (
          <section
            key={day}
            className="rota-day"
            aria-labelledby={titleId}
            data-testid="rota-day"
            data-date={day}
          >
            <h3 id={titleId} className="rota-day-title">
              {label} <span className="muted">{formatShortDate(day)}</span>
            </h3>
            {entries.length === 0 ? <p className="muted small">Nobody on the rota.</p> : null}
            <ul className="rota-entries">
              {entries.map((entry) =>
                entry.kind === 'shift' ? (
                  <li key={`${entry.shift.id}`} className="rota-shift" data-testid="rota-shift">
                    <span className="rota-time numeric">
                      {entry.from}–{entry.to}
                    </span>
                    <span className="rota-person">{entry.shift.user.name}</span>
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={`Remove ${entry.shift.user.name}’s shift, ${label} ${entry.from}–${entry.to}`}
                      disabled={removing === entry.shift.id}
                      onClick={() => onRemove(entry.shift)}
                    >
                      ×
                    </button>
                  </li>
                ) : (
                  <li key={`gap-${entry.from}`} className="rota-gap" data-testid="rota-gap">
                    <span className="rota-time numeric">
                      {entry.from}–{entry.to}
                    </span>
                    <span>Nobody on duty</span>
                  </li>
                ),
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
