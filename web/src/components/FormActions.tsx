import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A form's primary button: it cannot send the form twice while the first request is under way. */
export function SubmitButton({
  pending,
  danger = false,
  children,
}: {
  pending: boolean;
  /** For what cannot be undone (red). */
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      className={danger ? 'button button-danger' : 'button button-primary'}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      {children}
    </button>
  );
}

/** The end of an editor page's form: save, or go back to the list without saving. */
export function EditorActions({
  pending,
  cancelTo,
  children,
}: {
  pending: boolean;
  /** The list the editor came from. */
  cancelTo: string;
  /** The submit button's label. */
  children: ReactNode;
}) {
  return (
    <div className="form-actions">
      <SubmitButton pending={pending}>{children}</SubmitButton>
      <Link to={cancelTo} className="button">
        Cancel
      </Link>
    </div>
  );
}

/** The end of a dialog's form: Cancel closes the dialog, the other button sends the form. */
export function DialogActions({
  pending,
  danger = false,
  onCancel,
  children,
}: {
  pending: boolean;
  /** The submit button does what cannot be undone (red). */
  danger?: boolean;
  onCancel: () => void;
  /** The submit button's label. */
  children: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <SubmitButton pending={pending} danger={danger}>
        {children}
      </SubmitButton>
    </div>
  );
}
