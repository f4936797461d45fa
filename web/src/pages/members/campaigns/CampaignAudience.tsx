// Who a campaign goes to: a saved segment and/or a filter, and how many members that selects now.
import { MEMBER_STAGES, useMemberSegments } from '../../../api/members.ts';
import type { MemberFilter, MemberListFilters, MemberStage } from '../../../api/members.ts';
import { useMatchCount } from '../../../api/members-outreach.ts';
import { fieldError } from '../../../components/Feedback.tsx';
import { SelectField, TextField } from '../../../components/Field.tsx';
import { useDebouncedValue } from '../../../lib/hooks.ts';
import { filterWords, STAGE_LABELS } from '../labels.ts';
import { compactFilters, hasFilter, impossibleFilter } from '../listFilters.ts';

/** Why these filters select nobody to send to yet, or null when they can be counted and sent. */
export function audienceProblem(audience: MemberListFilters): string | null {
  if (!audience.segment && !hasFilter(audience))
    return 'Choose a segment or a filter: Hearth does not send a campaign to everyone.';
  return impossibleFilter(audience);
}

/** "12 members", "1 member", "more than 500 members". */
export function membersCount(count: number, more: boolean): string {
  if (more) return `more than ${count.toLocaleString()} members`;
  return count === 1 ? '1 member' : `${count.toLocaleString()} members`;
}

/** How many members the audience selects now (asked again a moment after the last change). */
export function MatchPreview({ audience, refused }: { audience: MemberListFilters; refused: boolean }) {
  // Debounced as text: an equal audience is an equal string, whatever object it came in.
  const settledText = useDebouncedValue(JSON.stringify(trimmedAudience(audience)), 400);
  const settled = JSON.parse(settledText) as MemberListFilters;
  const problem = audienceProblem(settled);
  const matches = useMatchCount(settled, problem === null);
  let text: string;
  if (problem) text = problem;
  else if (matches.isPending) text = 'Counting the members it matches…';
  else if (matches.isError) text = 'Could not count the members it matches.';
  else if (matches.data.count === 0) text = 'Nobody matches now: there is no one to send to.';
  else text = `Matches ${membersCount(matches.data.count, matches.data.more)} now.`;
  return (
    <p
      className={problem && refused ? 'campaign-preview field-error' : 'campaign-preview'}
      role="status"
      data-testid="campaign-preview"
    >
      {text}
    </p>
  );
}

const FILTER_FIELDS: readonly {
  key: 'q' | 'tag' | 'country' | 'said';
  label: string;
  hint: string;
  max: number;
}[] = [
  { key: 'q', label: 'Search', hint: 'A name, email address, handle or phone number.', max: 200 },
  { key: 'tag', label: 'Tag', hint: 'Members with this tag.', max: 40 },
  { key: 'country', label: 'Country', hint: 'Two letters, like PL.', max: 2 },
  { key: 'said', label: 'Said', hint: 'Words in their posts, mentions or conversations.', max: 100 },
];

interface CampaignAudienceProps {
  audience: MemberListFilters;
  onChange: (audience: MemberListFilters) => void;
  error: unknown;
  /** A send was refused for want of an audience: the preview's word on it shows as an error. */
  refused: boolean;
  disabled: boolean;
}

/** The segment and the filter fields; the filter narrows the segment, or stands alone. */
export function CampaignAudience({ audience, onChange, error, refused, disabled }: CampaignAudienceProps) {
  const segments = useMemberSegments();
  const chosen = segments.data?.find((segment) => segment.id === audience.segment);
  const set = (changes: MemberListFilters) => onChange(compactFilters({ ...audience, ...changes }));
  return (
    <fieldset className="campaign-audience" disabled={disabled}>
      <legend className="field-label">Who gets it</legend>
      <SelectField
        label="Segment"
        name="segmentId"
        value={audience.segment ?? ''}
        onChange={(event) => set({ segment: event.target.value || undefined })}
        hint={
          chosen ? `Selects ${filterWords(chosen.filter)}; the fields below narrow it further.` : undefined
        }
        error={fieldError(error, 'segmentId')}
      >
        <option value="">No segment: the filter alone</option>
        {(segments.data ?? []).map((segment) => (
          <option key={segment.id} value={segment.id}>
            {segment.name}
          </option>
        ))}
        {audience.segment && segments.isSuccess && !chosen ? (
          <option value={audience.segment}>A segment that no longer exists</option>
        ) : null}
      </SelectField>
      <div className="campaign-filters">
        <SelectField
          label="Stage"
          name="stage"
          value={audience.stage ?? ''}
          onChange={(event) => set({ stage: (event.target.value || undefined) as MemberStage | undefined })}
          error={fieldError(error, 'filter.stage')}
        >
          <option value="">Any stage</option>
          {MEMBER_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </SelectField>
        {FILTER_FIELDS.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            name={field.key}
            hint={field.hint}
            maxLength={field.max}
            autoComplete="off"
            spellCheck={false}
            value={audience[field.key] ?? ''}
            onChange={(event) => set({ [field.key]: event.target.value || undefined })}
            error={fieldError(error, `filter.${field.key}`)}
          />
        ))}
      </div>
      <MatchPreview audience={audience} refused={refused} />
    </fieldset>
  );
}

/** The audience as the server takes it: the segment's id and the filter, trimmed. */
export function campaignTarget(audience: MemberListFilters): { segmentId?: string; filter?: MemberFilter } {
  const { segment, ...own } = audience;
  const filter = compactFilters({
    q: own.q?.trim(),
    stage: own.stage,
    tag: own.tag?.trim().toLowerCase(),
    country: own.country?.trim().toUpperCase(),
    said: own.said?.trim(),
  });
  return {
    ...(segment ? { segmentId: segment } : {}),
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
  };
}

/** The audience, trimmed, as the members list takes it (for counting). */
export function trimmedAudience(audience: MemberListFilters): MemberListFilters {
  const { segmentId, filter } = campaignTarget(audience);
  return compactFilters({ ...filter, segment: segmentId });
}
