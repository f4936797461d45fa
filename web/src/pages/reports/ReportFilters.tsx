import type { ReportFilters as Filters } from '../../api/reports.ts';
import { useChannelKinds } from '../../api/inbox-people.ts';
import type { InboxTeam } from '../../api/inbox-admin.ts';
import { DateRangeFields } from '../../components/DateRangeFields.tsx';
import { SelectField } from '../../components/Field.tsx';

/** The range, team and channel of the report; every change goes into the address (shareable, back-button safe). */
export function ReportFilters({
  filters,
  onChange,
  teams,
  channels,
  rangeError,
}: {
  filters: Filters;
  onChange: (changes: Partial<Filters>) => void;
  teams: readonly InboxTeam[];
  /** Channels seen in the report, next to the server's channel kinds (e.g. one since removed). */
  channels: readonly { channel: string; label: string }[];
  rangeError?: string;
}) {
  const kinds = useChannelKinds().data ?? [];
  const channelOptions = new Map(kinds.map((kind) => [kind.kind, kind.label]));
  for (const item of channels) channelOptions.set(item.channel, item.label);
  if (filters.channel && !channelOptions.has(filters.channel))
    channelOptions.set(filters.channel, filters.channel);
  return (
    <form
      className="filters report-filters"
      role="search"
      aria-label="Report filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <DateRangeFields from={filters.from} to={filters.to} onChange={onChange} error={rangeError} />
      <SelectField
        label="Team"
        value={filters.teamId}
        onChange={(event) => onChange({ teamId: event.target.value })}
      >
        <option value="">All teams</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Channel"
        value={filters.channel}
        onChange={(event) => onChange({ channel: event.target.value })}
      >
        <option value="">All channels</option>
        {[...channelOptions].map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
