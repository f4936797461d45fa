import { useState } from 'react';
import { useInboxTeams } from '../../api/inbox.ts';
import { channelLabel, useChannelKinds } from '../../api/inbox-people.ts';
import {
  CONVERSATION_STATUSES,
  PRIORITIES,
  type ConversationStatus,
  type InboxFilters,
  type Priority,
} from '../../api/inbox-types.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
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
  const known = useChannelKinds().data ?? [];
  // A channel in the URL that the server does not list (or not yet) stays chosen, under its kind.
  const channels =
    !filters.channel || known.some((channel) => channel.kind === filters.channel)
      ? known
      : [...known, { kind: filters.channel, label: channelLabel(filters.channel, known) }];

  return (
    <div className="inbox-filters" role="group" aria-label="Filters" data-testid="inbox-filters">
      <SelectField
        label="Team"
        className="select-compact"
        value={filters.teamId ?? ''}
        onChange={(event) => set({ teamId: event.target.value || undefined })}
      >
        <option value="">All teams</option>
        {(teams.data ?? []).map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        {filters.teamId && teams.data && !teams.data.some((team) => team.id === filters.teamId) ? (
          <option value={filters.teamId}>A team that no longer exists</option>
        ) : null}
      </SelectField>
      <SelectField
        label="Channel"
        className="select-compact"
        value={filters.channel ?? ''}
        onChange={(event) => set({ channel: event.target.value || undefined })}
      >
        <option value="">All channels</option>
        {channels.map((channel) => (
          <option key={channel.kind} value={channel.kind}>
            {channel.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Priority"
        className="select-compact"
        value={filters.priority ?? ''}
        onChange={(event) => set({ priority: (event.target.value || undefined) as Priority | undefined })}
      >
        <option value="">Any priority</option>
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {PRIORITY_LABELS[priority]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Status"
        className="select-compact"
        value={filters.status ?? ''}
        onChange={(event) =>
          set({ status: (event.target.value || undefined) as ConversationStatus | undefined })
        }
      >
        <option value="">{filters.view === 'resolved' ? 'Resolved' : 'Not resolved'}</option>
        {CONVERSATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </SelectField>
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
