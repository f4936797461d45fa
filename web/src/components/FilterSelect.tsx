import { SelectField } from './Field.tsx';

export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

/** One filter of a filter bar: the empty choice means no filter; a change applies at once. */
export function FilterSelect<T extends string>({
  label,
  any,
  value,
  options,
  missing,
  onChange,
}: {
  label: string;
  /** The label of the empty choice, like "All teams". */
  any: string;
  value: T | undefined;
  options: readonly FilterOption<T>[];
  /**
   * The label for a value from the address that the options lack (deleted meanwhile, or not
   * listed yet), so the select still shows what the list is filtered by. Without it, none is added.
   */
  missing?: string | undefined;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <SelectField
      label={label}
      className="select-compact"
      value={value ?? ''}
      onChange={(event) => onChange((event.target.value || undefined) as T | undefined)}
    >
      <option value="">{any}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {value && missing !== undefined && !options.some((option) => option.value === value) ? (
        <option value={value}>{missing}</option>
      ) : null}
    </SelectField>
  );
}
