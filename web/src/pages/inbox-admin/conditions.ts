// Conditions on a new conversation (routing rules and SLA policies share them): what can be
// tested, the words for it, and the editable form of one condition.
import type { Condition } from '../../api/inbox-admin.ts';
import { channelLabel } from '../../api/inbox-people.ts';
import type { ChannelKind } from '../../api/inbox-people.ts';
import { roleLabel, roles } from '../../lib/roles.ts';

export type ConditionField = Condition['field'];
type ValueKind = 'word' | 'list' | 'number' | 'boolean';

export interface Choice {
  value: string;
  label: string;
}

interface FieldSpec {
  label: string;
  ops: readonly { value: string; label: string; kind: ValueKind }[];
  /** Offered values for the single-word operators (a select instead of a text box). */
  choices?: readonly Choice[];
  hint?: string;
}

const oneOrMany = [
  { value: 'is', label: 'is', kind: 'word' },
  { value: 'is_not', label: 'is not', kind: 'word' },
  { value: 'any_of', label: 'is any of', kind: 'list' },
] as const;

export const CONDITION_FIELDS: Record<ConditionField, FieldSpec> = {
  // Its choices are the server's channel kinds (see fieldChoices).
  channel: { label: 'Channel', ops: oneOrMany, choices: [] },
  space: { label: 'Community space', ops: oneOrMany, hint: 'The space’s address, like help.' },
  memberRole: {
    label: 'Member’s role',
    ops: oneOrMany,
    choices: roles.map((role) => ({ value: role, label: roleLabel(role) })),
  },
  intent: { label: 'Intent', ops: oneOrMany, hint: 'The intent found in the first message, like refund.' },
  text: {
    label: 'Text',
    ops: [{ value: 'contains_any', label: 'contains any of', kind: 'list' }],
    hint: 'Words or phrases, separated by commas.',
  },
  tags: {
    label: 'Tags',
    ops: [
      { value: 'has', label: 'has', kind: 'word' },
      { value: 'has_not', label: 'has not', kind: 'word' },
    ],
  },
  sentiment: {
    label: 'Sentiment',
    ops: [
      { value: 'below', label: 'is below', kind: 'number' },
      { value: 'above', label: 'is above', kind: 'number' },
    ],
    hint: 'From -1 (very negative) to 1 (very positive).',
  },
  withinBusinessHours: {
    label: 'Within business hours',
    ops: [{ value: 'is', label: 'is', kind: 'boolean' }],
  },
};

export const CONDITION_FIELD_KEYS = Object.keys(CONDITION_FIELDS) as ConditionField[];

/**
 * The values offered for a field. Channels come from GET /api/inbox/channels (a new channel
 * needs no change here); none while they load, and the editor falls back to a text box.
 */
export function fieldChoices(
  field: ConditionField,
  channels: readonly ChannelKind[] | undefined,
): readonly Choice[] | undefined {
  if (field === 'channel') return (channels ?? []).map(({ kind, label }) => ({ value: kind, label }));
  return CONDITION_FIELDS[field].choices;
}

/** One condition as edited: the value is text until it is saved. */
export interface ConditionDraft {
  field: ConditionField;
  op: string;
  value: string;
}

export function valueKind(draft: Pick<ConditionDraft, 'field' | 'op'>): ValueKind {
  return CONDITION_FIELDS[draft.field].ops.find((op) => op.value === draft.op)?.kind ?? 'word';
}

export function newConditionDraft(
  channels: readonly ChannelKind[] | undefined,
  field: ConditionField = 'channel',
): ConditionDraft {
  const op = CONDITION_FIELDS[field].ops[0]?.value ?? 'is';
  const kind = valueKind({ field, op });
  return {
    field,
    op,
    value: kind === 'boolean' ? 'false' : (fieldChoices(field, channels)?.[0]?.value ?? ''),
  };
}

export function toConditionDraft(condition: Condition): ConditionDraft {
  const value = Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value);
  return { field: condition.field, op: condition.op, value };
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** The conditions to send, or messages keyed `<path>.<index>`. */
export function fromConditionDrafts(
  drafts: readonly ConditionDraft[],
  path = 'conditions',
): { conditions: Condition[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const conditions: Condition[] = [];
  drafts.forEach((draft, index) => {
    const kind = valueKind(draft);
    const text = draft.value.trim();
    let value: Condition['value'];
    if (kind === 'boolean') value = text === 'true';
    else if (kind === 'number') {
      value = Number(text);
      if (text === '' || !Number.isFinite(value) || value < -1 || value > 1) {
        errors[`${path}.${index}`] = 'Enter a number from -1 to 1, like -0.3.';
        return;
      }
    } else if (kind === 'list') {
      value = splitList(text);
      if (value.length === 0) {
        errors[`${path}.${index}`] = 'Enter at least one value; separate several with commas.';
        return;
      }
    } else {
      value = text;
      if (text === '') {
        errors[`${path}.${index}`] = 'Enter a value.';
        return;
      }
    }
    // The union is checked by the server; the field and operator pairs come from CONDITION_FIELDS.
    conditions.push({ field: draft.field, op: draft.op, value } as Condition);
  });
  return { conditions, errors };
}

/** "Channel is Email", "Text contains any of refund, charge". */
export function describeCondition(
  condition: Condition,
  channels: readonly ChannelKind[] | undefined,
): string {
  const spec = CONDITION_FIELDS[condition.field];
  const op = spec.ops.find((candidate) => candidate.value === condition.op)?.label ?? condition.op;
  const shown = (word: string) =>
    condition.field === 'channel'
      ? channelLabel(word, channels)
      : condition.field === 'memberRole'
        ? roleLabel(word)
        : word;
  let value: string;
  if (typeof condition.value === 'boolean') value = condition.value ? 'yes' : 'no';
  else if (Array.isArray(condition.value)) value = condition.value.map(shown).join(', ');
  else value = shown(String(condition.value));
  return `${spec.label} ${op} ${value}`;
}
