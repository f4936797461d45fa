import { useChannelKinds } from '../../api/inbox-people.ts';
import type { ChannelKind } from '../../api/inbox-people.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import type { Choice, ConditionDraft, ConditionField } from './conditions.ts';
import {
  CONDITION_FIELD_KEYS,
  CONDITION_FIELDS,
  fieldChoices,
  newConditionDraft,
  valueKind,
} from './conditions.ts';

/** The server takes at most this many conditions. */
const MAX_CONDITIONS = 20;

/** Conditions that must all hold (field, operator, value), for routing rules and SLA policies. */
export function ConditionsEditor({
  conditions,
  onChange,
  errors,
  emptyText,
  path = 'conditions',
}: {
  conditions: readonly ConditionDraft[];
  onChange: (conditions: ConditionDraft[]) => void;
  /** Messages keyed `<path>.<index>`. */
  errors: Record<string, string>;
  /** What no conditions means here ("Every new conversation matches."). */
  emptyText: string;
  path?: string;
}) {
  const channels = useChannelKinds().data;
  const replace = (index: number, next: ConditionDraft) =>
    onChange(conditions.map((condition, at) => (at === index ? next : condition)));

  return (
    <fieldset className="field settings-group" data-testid="conditions-editor">
      <legend className="field-label">Conditions</legend>
      <p className="field-hint">All of them must hold. {conditions.length === 0 ? emptyText : ''}</p>
      {conditions.length > 0 ? (
        <ol className="condition-rows">
          {conditions.map((condition, index) => (
            <li key={index} className="condition-row" data-testid="condition-row">
              <ConditionRow
                number={index + 1}
                condition={condition}
                channels={channels}
                onChange={(next) => replace(index, next)}
                error={errors[`${path}.${index}`]}
              />
              <button
                type="button"
                className="button button-small button-danger-outline"
                aria-label={`Remove condition ${index + 1}`}
                onClick={() => onChange(conditions.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <button
        type="button"
        className="button button-small"
        disabled={conditions.length >= MAX_CONDITIONS}
        onClick={() => onChange([...conditions, newConditionDraft(channels)])}
      >
        Add a condition
      </button>
    </fieldset>
  );
}

const isText = (kind: string) => kind === 'word' || kind === 'list';

/** A list of offered values is typed by their names, so name them. */
const listHint = (choices: readonly Choice[] | undefined) =>
  choices && choices.length > 0
    ? `Separated by commas, from: ${choices.map((choice) => choice.value).join(', ')}.`
    : 'Separate several with commas.';

function ConditionRow({
  number,
  condition,
  channels,
  onChange,
  error,
}: {
  number: number;
  condition: ConditionDraft;
  channels: readonly ChannelKind[] | undefined;
  onChange: (next: ConditionDraft) => void;
  error?: string;
}) {
  const spec = CONDITION_FIELDS[condition.field];
  const choices = fieldChoices(condition.field, channels);
  const kind = valueKind(condition);
  // Short visible labels; screen readers hear which condition each belongs to.
  const label = (what: string) => (
    <>
      {what}
      <span className="visually-hidden"> of condition {number}</span>
    </>
  );
  let valueInput;
  if (kind === 'boolean') {
    valueInput = (
      <SelectField
        label={label('Value')}
        value={condition.value}
        onChange={(event) => onChange({ ...condition, value: event.target.value })}
      >
        <option value="true">Yes</option>
        <option value="false">No</option>
      </SelectField>
    );
  } else if (kind === 'word' && choices && choices.length > 0) {
    const known = choices.some((choice) => choice.value === condition.value);
    valueInput = (
      <SelectField
        label={label('Value')}
        value={condition.value}
        onChange={(event) => onChange({ ...condition, value: event.target.value })}
        error={error}
      >
        {known ? null : <option value={condition.value}>{condition.value || 'Choose…'}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
    );
  } else {
    valueInput = (
      <TextField
        label={label(kind === 'list' ? 'Values' : 'Value')}
        hint={kind === 'list' ? (spec.hint ?? listHint(choices)) : spec.hint}
        value={condition.value}
        type={kind === 'number' ? 'number' : 'text'}
        step={kind === 'number' ? 0.1 : undefined}
        min={kind === 'number' ? -1 : undefined}
        max={kind === 'number' ? 1 : undefined}
        autoComplete="off"
        onChange={(event) => onChange({ ...condition, value: event.target.value })}
        error={error}
      />
    );
  }
  return (
    <div className="condition-fields">
      <SelectField
        label={label('Field')}
        value={condition.field}
        onChange={(event) => onChange(newConditionDraft(channels, event.target.value as ConditionField))}
      >
        {CONDITION_FIELD_KEYS.map((field) => (
          <option key={field} value={field}>
            {CONDITION_FIELDS[field].label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={label('Operator')}
        value={condition.op}
        onChange={(event) => {
          const op = event.target.value;
          // Moving between one value and a list keeps the text; other changes start over.
          const next = valueKind({ field: condition.field, op });
          const keep = next === kind || (isText(next) && isText(kind));
          onChange(keep ? { ...condition, op } : { ...newConditionDraft(channels, condition.field), op });
        }}
      >
        {spec.ops.map((op) => (
          <option key={op.value} value={op.value}>
            {op.label}
          </option>
        ))}
      </SelectField>
      {valueInput}
    </div>
  );
}
