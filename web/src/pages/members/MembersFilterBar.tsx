import { useId, useState } from 'react';
import { MEMBER_STAGES, useDeleteSegment } from '../../api/members.ts';
import type { MemberFilter, MemberListFilters, MemberSegment } from '../../api/members.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { DeleteDialog } from '../inbox-admin/ListPage.tsx';
import { STAGE_LABELS } from './labels.ts';
import { hasFilter } from './listFilters.ts';
import { SaveSegmentDialog } from './SaveSegmentDialog.tsx';

const STAGE_OPTIONS = MEMBER_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

/** The filters by one typed value, each applied with its Filter button. */
const VALUE_FILTERS: readonly {
  key: 'tag' | 'country' | 'said';
  name: string;
  label: string;
  maxLength: number;
  className: string;
}[] = [
  { key: 'tag', name: 'Filter by tag', label: 'Tag', maxLength: 40, className: 'members-tag-filter' },
  {
    key: 'country',
    name: 'Filter by country',
    label: 'Country (like PL)',
    maxLength: 2,
    className: 'members-country-filter',
  },
  {
    key: 'said',
    name: 'Filter by what they said',
    label: 'They said',
    maxLength: 100,
    className: 'members-said-filter',
  },
];

interface MembersFilterBarProps {
  /** The filters in the address. */
  filters: MemberListFilters;
  /** What the list is narrowed to: the chosen segment's filter, the address's own over it. */
  shown: MemberFilter;
  /** The saved segments, and the one chosen (once they have loaded). */
  segments: readonly MemberSegment[];
  segment: MemberSegment | undefined;
  segmentsLoaded: boolean;
  /** Whether the signed-in person may save and delete segments (moderators may not). */
  canOrganise: boolean;
  onChange: (filters: MemberListFilters) => void;
  /** Says on the page what a save or a delete did. */
  onReport: (text: string) => void;
}

/**
 * The search, the tag, the country and words they said (applied on Enter), the stage and the segment
 * (applied at once), all in the address; and saving the filter as a segment, or deleting the chosen one. Changing a filter while a
 * segment is chosen starts from the segment's filter and leaves the segment.
 */
export function MembersFilterBar({
  filters,
  shown,
  segments,
  segment,
  segmentsLoaded,
  canOrganise,
  onChange,
  onReport,
}: MembersFilterBarProps) {
  const set = (changes: MemberFilter) => onChange({ ...shown, ...changes });
  return (
    <div className="stream-controls members-controls">
      <SearchForm
        key={shown.q ?? ''}
        className="stream-search"
        name="Search members"
        label="Search members"
        hint="A name, email address, handle or phone number."
        maxLength={200}
        q={shown.q}
        onSearch={(q) => set({ q })}
      />
      <div className="members-filters" role="group" aria-label="Filters" data-testid="members-filters">
        <FilterSelect
          label="Stage"
          any="Any stage"
          value={shown.stage}
          options={STAGE_OPTIONS}
          onChange={(stage) => set({ stage })}
        />
        {VALUE_FILTERS.map((box) => (
          <SearchForm
            key={`${box.key}:${shown[box.key] ?? ''}`}
            className={`stream-search ${box.className}`}
            name={box.name}
            label={box.label}
            maxLength={box.maxLength}
            q={shown[box.key]}
            submitLabel="Filter"
            onSearch={(value) => set({ [box.key]: box.key === 'country' ? value?.toUpperCase() : value })}
          />
        ))}
        <FilterSelect
          label="Segments"
          any="No segment"
          value={filters.segment}
          options={segments.map((saved) => ({ value: saved.id, label: saved.name }))}
          missing={segmentsLoaded ? 'A segment that no longer exists' : 'The chosen segment'}
          onChange={(id) => onChange(id ? { segment: id } : {})}
        />
        {hasFilter(filters) || filters.segment ? (
          <button type="button" className="button button-small" onClick={() => onChange({})}>
            Clear filters
          </button>
        ) : null}
      </div>
      {canOrganise ? (
        <SegmentActions
          filters={filters}
          shown={shown}
          segment={segment}
          onChange={onChange}
          onReport={onReport}
        />
      ) : null}
    </div>
  );
}

/** "Save as segment" (the list's own filter) and "Delete segment" (the chosen one). */
function SegmentActions({
  filters,
  shown,
  segment,
  onChange,
  onReport,
}: Pick<MembersFilterBarProps, 'filters' | 'shown' | 'segment' | 'onChange' | 'onReport'>) {
  const remove = useDeleteSegment();
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<MemberSegment | null>(null);
  const hintId = useId();
  const canSave = hasFilter(filters);
  return (
    <div className="members-segment-actions">
      <button
        type="button"
        className="button"
        disabled={!canSave}
        aria-describedby={canSave ? undefined : hintId}
        onClick={() => setSaving(true)}
      >
        Save as segment
      </button>
      {segment ? (
        <button type="button" className="button" onClick={() => setDeleting(segment)}>
          Delete segment
        </button>
      ) : null}
      {canSave ? null : (
        <p className="field-hint" id={hintId}>
          {segment
            ? `This is the segment “${segment.name}”: change a filter to save another.`
            : 'Search, or choose a stage, a tag, a country or words they said, to save them as a segment.'}
        </p>
      )}
      {saving ? (
        <SaveSegmentDialog
          filter={shown}
          onClose={() => setSaving(false)}
          onSaved={(saved) => onReport(`Saved the segment “${saved.name}”.`)}
        />
      ) : null}
      {deleting ? (
        <DeleteDialog
          target={deleting}
          mutation={remove}
          name={`“${deleting.name}”`}
          what="the segment"
          description={<p>Only the saved filter goes: the members it lists stay as they are.</p>}
          testId="delete-segment-dialog"
          onClose={() => setDeleting(null)}
          onDeleted={(text) => {
            onReport(text);
            onChange({});
          }}
        />
      ) : null}
    </div>
  );
}
