import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { TextField } from './Field.tsx';

export interface SearchFormProps {
  /** The form's accessible name, e.g. "Search the stream". */
  name: string;
  /** The search box's label. */
  label: string;
  hint?: ReactNode;
  maxLength: number;
  /** The search applied now: key the form on it, so the box follows the address (Back, links). */
  q: string | undefined;
  /** A new search, or undefined once the box is cleared. */
  onSearch: (q: string | undefined) => void;
  className?: string;
  /** The button's label ("Filter" where the box narrows a list by one value). */
  submitLabel?: string;
}

/** A search box applied on Enter or its button (not on every key: each search is a request). */
export function SearchForm({
  name,
  label,
  hint,
  maxLength,
  q,
  onSearch,
  className,
  submitLabel = 'Search',
}: SearchFormProps) {
  const [draft, setDraft] = useState(q ?? '');
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = draft.trim() || undefined;
    if (next !== q) onSearch(next);
  }
  return (
    <form className={className} role="search" aria-label={name} onSubmit={onSubmit}>
      <TextField
        label={label}
        type="search"
        name="q"
        value={draft}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        hint={hint}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
