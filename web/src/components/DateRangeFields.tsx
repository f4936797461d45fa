import { TextField } from './Field.tsx';

/** From and To dates of a report, each bounded by the other; an emptied field keeps its date. */
export function DateRangeFields({
  from,
  to,
  onChange,
  error,
}: {
  from: string;
  to: string;
  onChange: (changes: { from?: string; to?: string }) => void;
  error?: string | undefined;
}) {
  return (
    <>
      <TextField
        label="From"
        type="date"
        value={from}
        max={to}
        onChange={(event) => event.target.value && onChange({ from: event.target.value })}
        error={error}
      />
      <TextField
        label="To"
        type="date"
        value={to}
        min={from}
        onChange={(event) => event.target.value && onChange({ to: event.target.value })}
      />
    </>
  );
}
