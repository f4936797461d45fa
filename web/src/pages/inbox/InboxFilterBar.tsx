import { useState } from 'react';
import { useInboxTeams } from '../../api/inbox.ts';
import { channelLabel, useChannelKinds } from '../../api/inbox-people.ts';
import { CONVERSATION_STATUSES, PRIORITIES, type InboxFilters } from '../../api/inbox-types.ts';
import { TextField } from '../../components/Field.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { isNarrowed } from './inboxFilters.ts';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels.ts';

interface FilterBarProps {
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
}

/** Team, channel, priority, status and tag; each change lands in the URL at once. */
export function InboxFilterBar({ filters, onChange }: FilterBarProps) {
  const teams = useInboxTeams();
  const set = (changes: InboxFilters) => onChange({ ...filters, ...changes });
  const channels = useChannelKinds().data ?? [];

  return (
    <div className="inbox-filters" role="group" aria-label="Filters" data-testid="inbox-filters">
      <FilterSelect
        label="Team"
        any="All teams"
        value={filters.teamId}
        options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        missing={teams.data ? 'A team that no longer exists' : undefined}
        onChange={(teamId) => set({ teamId })}
      />
      <FilterSelect
        label="Channel"
        any="All channels"
        value={filters.channel}
        options={channels.map((channel) => ({ value: channel.kind, label: channel.label }))}
        // A channel the server does not list (or not yet) stays chosen, under its kind.
        missing={filters.channel ? channelLabel(filters.channel, channels) : undefined}
        onChange={(channel) => set({ channel })}
      />
      <FilterSelect
        label="Priority"
        any="Any priority"
        value={filters.priority}
        options={PRIORITIES.map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] }))}
        onChange={(priority) => set({ priority })}
      />
      <FilterSelect
        label="Status"
        any={filters.view === 'resolved' ? 'Resolved' : 'Not resolved'}
        value={filters.status}
        options={CONVERSATION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
        onChange={(status) => set({ status })}
      />
      <TagFilter key={filters.tag ?? ''} tag={filters.tag} onChange={(tag) => set({ tag })} />
      {isNarrowed(filters) ? (
        <button
          type="button"
          className="button button-small inbox-filters-clear"
          onClick={() => onChange({ view: filters.view })}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

/** Applied on Enter or when focus leaves, not on every key: each keystroke would be a new URL. */
function TagFilter({ tag, onChange }: { tag?: string; onChange: (tag: string | undefined) => void }) {
  const [draft, setDraft] = useState(tag ?? '');
  const apply = () => {
    const next = draft.trim().replace(/^#/, '').toLowerCase() || undefined;
    if (next !== tag) onChange(next);
  };
  return (
    <TextField
      label="Tag"
      className="select-compact"
      value={draft}
      placeholder="e.g. billing"
      maxLength={40}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
    />
  );
}
