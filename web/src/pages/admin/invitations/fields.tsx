import { useGroups } from '../../../api/groups.ts';
import { SelectField, WholeNumberField } from '../../../components/Field.tsx';

export type ExpiryUnit = 'hours' | 'days';

export interface Expiry {
  amount: string;
  unit: ExpiryUnit;
}

/** Hours for the API, or null when the amount is not a whole number of at least 1. */
export function expiryHours(expiry: Expiry): number | null {
  const amount = Number(expiry.amount);
  if (!Number.isInteger(amount) || amount < 1) return null;
  return expiry.unit === 'days' ? amount * 24 : amount;
}

export function ExpiryField({
  value,
  onChange,
  error,
}: {
  value: Expiry;
  onChange: (next: Expiry) => void;
  error?: string | undefined;
}) {
  return (
    <div className="field-row">
      <WholeNumberField
        label="Expires after"
        name="expiresIn"
        min={1}
        required
        value={value.amount}
        onChange={(event) => onChange({ ...value, amount: event.target.value })}
        error={error}
      />
      <SelectField
        label="Unit"
        name="expiresInUnit"
        value={value.unit}
        onChange={(event) => onChange({ ...value, unit: event.target.value as ExpiryUnit })}
      >
        <option value="days">days</option>
        <option value="hours">hours</option>
      </SelectField>
    </div>
  );
}

/** The group everyone who signs up with the invitation joins; none by default. */
export function GroupSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (groupId: string) => void;
  error?: string | undefined;
}) {
  const groups = useGroups();
  return (
    <SelectField
      label="Group (optional)"
      name="groupId"
      hint="Everyone who signs up with it joins this group."
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      <option value="">No group</option>
      {(groups.data ?? []).map((group) => (
        <option key={group.id} value={group.id}>
          {group.name}
        </option>
      ))}
    </SelectField>
  );
}
