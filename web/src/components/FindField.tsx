import type { ReactNode, Ref } from 'react';
import { TextField } from './Field.tsx';
import { QueryError } from './Feedback.tsx';

export interface FindFieldProps {
  label: string;
  placeholder: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** What the search found ("3 found."), announced politely. */
  status: string;
  /** The search's query: its error is shown with a retry button. */
  query: { isError: boolean; error: unknown; refetch: () => Promise<unknown> };
  /** The form, e.g. to put focus back in the box after picking someone. */
  ref?: Ref<HTMLFormElement>;
}

/** The search box at the top of a dialog that picks someone: it searches as one types. */
export function FindField({ label, placeholder, hint, value, onChange, status, query, ref }: FindFieldProps) {
  return (
    <>
      <form ref={ref} className="form" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={label}
          type="search"
          name="q"
          placeholder={placeholder}
          hint={hint}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-autofocus
        />
      </form>
      <p className="muted small" role="status">
        {status}
      </p>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
    </>
  );
}
