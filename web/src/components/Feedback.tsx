import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

/** The human message for any error thrown by the API client (or anything else). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}

/** A field's message from the server's `fields`, falling back to a client-side one. */
export function fieldError(error: unknown, path: string, clientMessage?: string): string | undefined {
  if (clientMessage) return clientMessage;
  return error instanceof ApiError ? error.fieldError(path) : undefined;
}

export interface FormErrorProps {
  error: unknown;
  /** Field paths shown next to their own inputs; other field errors are listed here. */
  knownFields?: readonly string[];
}

/** The error summary of a form: the server's message, plus field errors without an input. */
export function FormError({ error, knownFields = [] }: FormErrorProps) {
  if (!error) return null;
  const others = error instanceof ApiError ? error.fields.filter((f) => !knownFields.includes(f.path)) : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error)}</p>
      {others.length > 0 ? (
        <ul>
          {others.map((field) => (
            <li key={`${field.path}:${field.message}`}>
              {field.path ? `${field.path}: ` : ''}
              {field.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export function Notice({
  tone = 'info',
  children,
  className,
  testId,
}: {
  tone?: NoticeTone;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div className={`alert alert-${tone}${className ? ` ${className}` : ''}`} data-testid={testId}>
      {children}
    </div>
  );
}

/** A polite live region: its text is announced by screen readers whenever it changes. */
export function LiveMessage({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div role="status" className={className}>
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** After a failed validation, move focus to the first invalid input of the form (once rendered). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  if (!form) return;
  window.requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/**
 * Checks made in the browser before a form is sent. `passes` shows the messages found (keyed by
 * field); when there are any it also clears the mutation's last error, moves focus to the first
 * invalid field and returns false.
 */
export function useClientChecks(mutation: { reset: () => void }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  function passes(event: FormEvent<HTMLFormElement>, found: Record<string, string>): boolean {
    setErrors(found);
    if (Object.keys(found).length === 0) return true;
    mutation.reset();
    focusFirstInvalid(event.currentTarget);
    return false;
  }
  return { errors, passes };
}

/**
 * A form whose one text must be written (a note, a name): the draft, its client-side message, and
 * a submit handler that sends the trimmed text once it is there (and not while a send is under way).
 */
export function useRequiredText(mutation: { reset: () => void; isPending: boolean }, missing: string) {
  const { errors, passes } = useClientChecks(mutation);
  const [draft, setDraft] = useState('');
  function submit(event: FormEvent<HTMLFormElement>, send: (text: string) => void) {
    event.preventDefault();
    if (mutation.isPending) return;
    const text = draft.trim();
    if (passes(event, text ? {} : { text: missing })) send(text);
  }
  return { draft, setDraft, missingError: errors.text, submit };
}
