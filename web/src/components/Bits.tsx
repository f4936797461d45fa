import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Role } from '../api/types.ts';
import { formatDateTime, formatFullDateTime, formatRelative } from '../lib/format.ts';
import { roleLabel } from '../lib/roles.ts';
import { useDocumentTitle } from '../lib/hooks.ts';

export function Time({ iso, relative = false }: { iso: string; relative?: boolean }) {
  return (
    <time dateTime={iso} title={formatFullDateTime(iso)}>
      {relative ? formatRelative(iso) : formatDateTime(iso)}
    </time>
  );
}

export function RoleBadge({ role }: { role: Role | string }) {
  return (
    <span className={`badge badge-role badge-role-${role}`} data-testid="role-badge">
      {roleLabel(role)}
    </span>
  );
}

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'accent';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export interface PageHeaderProps {
  title: string;
  /** The document title when it should differ from the heading (e.g. "Users · Admin"). */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's <h1> (focusable, so navigation can move focus to it) and the document title. */
export function PageHeader({ title, documentTitle, description, actions }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 tabIndex={-1}>{title}</h1>
        {description ? <p className="page-description">{description}</p> : null}
      </div>
      {actions ? <div className="page-header-actions">{actions}</div> : null}
    </div>
  );
}

export interface CopyFieldProps {
  label: string;
  value: string;
  testId?: string;
  /** Focus and select the value when it first appears. */
  autoSelect?: boolean;
}

/** A read-only value with a Copy button (for secrets and links shown once). */
export function CopyField({ label, value, testId, autoSelect = false }: CopyFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = useId();

  useEffect(() => {
    if (!autoSelect) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [autoSelect]);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(value);
      } else {
        inputRef.current?.select();
        if (!document.execCommand('copy')) throw new Error('copy failed');
      }
      setStatus('copied');
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setStatus('failed');
    }
  }

  return (
    <div className="copy-field">
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="copy-field-row">
        <input
          ref={inputRef}
          id={inputId}
          className="input input-mono"
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="copy-field-status" role="status">
        {status === 'copied' ? 'Copied to the clipboard.' : ''}
        {status === 'failed' ? 'Could not copy automatically: the text is selected, press Ctrl+C or ⌘C.' : ''}
      </p>
    </div>
  );
}
