import type { ListeningReportFilters as Filters } from '../../../api/listening-reports.ts';
import type { ListeningSource, WatchRule } from '../../../api/listening.ts';
import { DateRangeFields } from '../../../components/DateRangeFields.tsx';
import { SelectField } from '../../../components/Field.tsx';
import { platformName } from './report-format.ts';

/** The range, watch rule, source and platform; every change goes into the address (shareable, back-button safe). */
export function ListeningReportFilters({
  filters,
  onChange,
  rules,
  sources,
  platforms,
  rangeError,
}: {
  filters: Filters;
  onChange: (changes: Partial<Filters>) => void;
  rules: readonly WatchRule[];
  sources: readonly ListeningSource[];
  /** Platforms seen in the report, next to the sources' own. */
  platforms: readonly string[];
  rangeError?: string;
}) {
  const platformOptions = new Set([...sources.map((source) => source.platform), ...platforms]);
  if (filters.platform) platformOptions.add(filters.platform);
  const ruleOptions = rules.filter((rule) => !rule.archived || rule.id === filters.ruleId);
  const sourceOptions = sources.filter((source) => !source.archived || source.id === filters.sourceId);
  return (
    <form
      className="filters report-filters listening-report-filters"
      role="search"
      aria-label="Report filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <DateRangeFields from={filters.from} to={filters.to} onChange={onChange} error={rangeError} />
      <SelectField
        label="Watch rule"
        value={filters.ruleId}
        onChange={(event) => onChange({ ruleId: event.target.value })}
      >
        <option value="">All mentions</option>
        {filters.ruleId && !ruleOptions.some((rule) => rule.id === filters.ruleId) ? (
          <option value={filters.ruleId}>This rule</option>
        ) : null}
        {ruleOptions.map((rule) => (
          <option key={rule.id} value={rule.id}>
            {rule.archived ? `${rule.name} (archived)` : rule.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Source"
        value={filters.sourceId}
        onChange={(event) => onChange({ sourceId: event.target.value })}
      >
        <option value="">All sources</option>
        {filters.sourceId && !sourceOptions.some((source) => source.id === filters.sourceId) ? (
          <option value={filters.sourceId}>This source</option>
        ) : null}
        {sourceOptions.map((source) => (
          <option key={source.id} value={source.id}>
            {source.archived ? `${source.name} (archived)` : source.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Platform"
        value={filters.platform}
        onChange={(event) => onChange({ platform: event.target.value })}
      >
        <option value="">All platforms</option>
        {[...platformOptions].sort().map((platform) => (
          <option key={platform} value={platform}>
            {platformName(platform)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
