import { INTENTS, SENTIMENT_LABELS } from '../../api/listening.ts';
import type { NamedRef, StreamFilters } from '../../api/listening.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import type { FilterOption } from '../../components/FilterSelect.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { COMMON_LANGUAGES, INTENT_LABELS, languageName, SENTIMENT_WORDS } from './labels.ts';
import { isNarrowed } from './streamFilters.ts';

export interface FilterChoice extends NamedRef {
  archived?: boolean;
}

const toOption = (choice: FilterChoice): FilterOption<string> => ({
  value: choice.id,
  label: choice.archived ? `${choice.name} (archived)` : choice.name,
});

const ROUTED_OPTIONS: FilterOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Sent to the inbox' },
  { value: 'no', label: 'Stayed in the stream' },
];

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
      <SearchForm
        key={filters.q ?? ''}
        className="stream-search"
        name="Search the stream"
        label="Search mentions"
        maxLength={2000}
        hint={
          <>
            Words, <code>"exact phrases"</code>, <code>-word</code> to leave out, <code>OR</code> for either.
          </>
        }
        q={filters.q}
        onSearch={(q) => set({ q })}
      />
      <div className="stream-filters" role="group" aria-label="Filters" data-testid="stream-filters">
        <FilterSelect
          label="Watch rule"
          any="All rules"
          value={filters.ruleId}
          options={rules.map(toOption)}
          missing={loaded ? 'A rule that no longer exists' : 'The chosen rule'}
          onChange={(ruleId) => set({ ruleId })}
        />
        <FilterSelect
          label="Source"
          any="All sources"
          value={filters.sourceId}
          options={sources.map(toOption)}
          missing={loaded ? 'A source that no longer exists' : 'The chosen source'}
          onChange={(sourceId) => set({ sourceId })}
        />
        <FilterSelect
          label="Intent"
          any="Any intent"
          value={filters.intent}
          options={INTENTS.map((intent) => ({ value: intent, label: INTENT_LABELS[intent] }))}
          onChange={(intent) => set({ intent })}
        />
        <FilterSelect
          label="Sentiment"
          any="Any sentiment"
          value={filters.sentiment}
          options={SENTIMENT_LABELS.map((label) => ({ value: label, label: SENTIMENT_WORDS[label] }))}
          onChange={(sentiment) => set({ sentiment })}
        />
        <FilterSelect
          label="Language"
          any="Any language"
          value={filters.language}
          options={languages.map((code) => ({ value: code, label: languageName(code) }))}
          onChange={(language) => set({ language })}
        />
        <FilterSelect
          label="Inbox"
          any="Sent or not"
          value={filters.routed}
          options={ROUTED_OPTIONS}
          onChange={(routed) => set({ routed })}
        />
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
