import { useState } from 'react';
import type { FormEvent } from 'react';
import { INTENTS, SENTIMENT_LABELS } from '../../api/listening.ts';
import type { Intent, NamedRef, SentimentLabel, StreamFilters } from '../../api/listening.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { COMMON_LANGUAGES, INTENT_LABELS, languageName, SENTIMENT_WORDS } from './labels.ts';
import { isNarrowed } from './streamFilters.ts';

export interface FilterChoice extends NamedRef {
  archived?: boolean;
}

interface StreamFilterBarProps {
  filters: StreamFilters;
  onChange: (filters: StreamFilters) => void;
  rules: readonly FilterChoice[];
  sources: readonly FilterChoice[];
  /** Whether the lists of rules and sources have loaded (before that, a chosen one is not "missing"). */
  loaded: boolean;
}

/** The search box (applied on Enter) and the filters (applied at once); both go into the address. */
export function StreamFilterBar({ filters, onChange, rules, sources, loaded }: StreamFilterBarProps) {
  const set = (changes: StreamFilters) => onChange({ ...filters, ...changes });
  const languages = COMMON_LANGUAGES.includes(filters.language ?? 'eng')
    ? COMMON_LANGUAGES
    : [...COMMON_LANGUAGES, filters.language ?? 'eng'];
  return (
    <div className="stream-controls">
      <SearchBox key={filters.q ?? ''} q={filters.q} onSearch={(q) => set({ q })} />
      <div className="stream-filters" role="group" aria-label="Filters" data-testid="stream-filters">
        <RefSelect
          label="Watch rule"
          any="All rules"
          missing={loaded ? 'A rule that no longer exists' : 'The chosen rule'}
          value={filters.ruleId}
          choices={rules}
          onChange={(ruleId) => set({ ruleId })}
        />
        <RefSelect
          label="Source"
          any="All sources"
          missing={loaded ? 'A source that no longer exists' : 'The chosen source'}
          value={filters.sourceId}
          choices={sources}
          onChange={(sourceId) => set({ sourceId })}
        />
        <SelectField
          label="Intent"
          className="select-compact"
          value={filters.intent ?? ''}
          onChange={(event) => set({ intent: (event.target.value || undefined) as Intent | undefined })}
        >
          <option value="">Any intent</option>
          {INTENTS.map((intent) => (
            <option key={intent} value={intent}>
              {INTENT_LABELS[intent]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Sentiment"
          className="select-compact"
          value={filters.sentiment ?? ''}
          onChange={(event) =>
            set({ sentiment: (event.target.value || undefined) as SentimentLabel | undefined })
          }
        >
          <option value="">Any sentiment</option>
          {SENTIMENT_LABELS.map((label) => (
            <option key={label} value={label}>
              {SENTIMENT_WORDS[label]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Language"
          className="select-compact"
          value={filters.language ?? ''}
          onChange={(event) => set({ language: event.target.value || undefined })}
        >
          <option value="">Any language</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Inbox"
          className="select-compact"
          value={filters.routed ?? ''}
          onChange={(event) => set({ routed: (event.target.value || undefined) as 'yes' | 'no' | undefined })}
        >
          <option value="">Sent or not</option>
          <option value="yes">Sent to the inbox</option>
          <option value="no">Stayed in the stream</option>
        </SelectField>
        {isNarrowed(filters) ? (
          <button
            type="button"
            className="button button-small stream-filters-clear"
            onClick={() => onChange({})}
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}

function SearchBox({ q, onSearch }: { q: string | undefined; onSearch: (q: string | undefined) => void }) {
  const [draft, setDraft] = useState(q ?? '');
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = draft.trim() || undefined;
    if (next !== q) onSearch(next);
  }
  return (
    <form className="stream-search" role="search" aria-label="Search the stream" onSubmit={onSubmit}>
      <TextField
        label="Search mentions"
        type="search"
        name="q"
        value={draft}
        maxLength={2000}
        autoComplete="off"
        spellCheck={false}
        hint={
          <>
            Words, <code>"exact phrases"</code>, <code>-word</code> to leave out, <code>OR</code> for either.
          </>
        }
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}

function RefSelect({
  label,
  any,
  missing,
  value,
  choices,
  onChange,
}: {
  label: string;
  any: string;
  missing: string;
  value: string | undefined;
  choices: readonly FilterChoice[];
  onChange: (id: string | undefined) => void;
}) {
  return (
    <SelectField
      label={label}
      className="select-compact"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">{any}</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.archived ? `${choice.name} (archived)` : choice.name}
        </option>
      ))}
      {value && !choices.some((choice) => choice.id === value) ? (
        <option value={value}>{missing}</option>
      ) : null}
    </SelectField>
  );
}
