import { useId, useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { FormError } from './Feedback.tsx';

export interface DialogProps {
  title: ReactNode;
  /** Called when the dialog closes itself (Escape key) or a child asks to close. */
  onClose: () => void;
  children: ReactNode;
  description?: ReactNode;
  testId?: string;
  /** Where focus goes on close when the opener is gone (e.g. its row was deleted). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * A modal built on the native <dialog>: focus is trapped by the browser, Escape closes it, and
 * focus returns to the element that opened it. Mount it to open it, unmount it to close it.
 * Put `data-autofocus` on the element that should receive focus first.
 */
export function Dialog({ title, onClose, children, description, testId, fallbackFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocus);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocus;
  });
  const titleId = useId();
  const descriptionId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // The 'close' event is queued: after a StrictMode cleanup closes and the remount reopens the
    // dialog, that stale event still arrives. Only a dialog that is really closed reports it.
    const handleClose = () => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
      // After React has finished removing the dialog (and anything else in the same commit).
      window.requestAnimationFrame(() => {
        if (dialog.isConnected && dialog.open) return; // re-opened (React StrictMode remount)
        const target = opener?.isConnected ? opener : fallbackRef.current?.();
        target?.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description ? (
        <div id={descriptionId} className="dialog-description">
          {description}
        </div>
      ) : null}
      {children}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
  testId?: string;
  fallbackFocus?: () => HTMLElement | null | undefined;
}

export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  error,
  danger = false,
  testId,
  fallbackFocus,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      description={description}
      onClose={onCancel}
      testId={testId}
      fallbackFocus={fallbackFocus}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!pending) onConfirm();
        }}
      >
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button
            type="submit"
            className={danger ? 'button button-danger' : 'button button-primary'}
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The part of a TanStack mutation that ConfirmMutationDialog uses. */
export interface TargetMutation<T> {
  mutate: (target: T, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

export interface ConfirmMutationDialogProps<T> extends Omit<
  ConfirmDialogProps,
  'onConfirm' | 'onCancel' | 'pending' | 'error'
> {
  /** What the mutation is run on once confirmed. */
  target: T;
  mutation: TargetMutation<T>;
  /** Unmount the dialog: called on Cancel and when the mutation succeeds. */
  onClose: () => void;
  /** After a success (and onClose): e.g. say on the page what was done, the dialog being gone. */
  onDone?: (target: T) => void;
}

/** Confirms running `mutation` on `target`; shows its progress and error, and clears them on close. */
export function ConfirmMutationDialog<T>({
  target,
  mutation,
  onClose,
  onDone,
  ...dialog
}: ConfirmMutationDialogProps<T>) {
  function close() {
    onClose();
    mutation.reset();
  }
  return (
    <ConfirmDialog
      {...dialog}
      pending={mutation.isPending}
      error={mutation.error}
      onCancel={close}
      onConfirm={() =>
        mutation.mutate(target, {
          onSuccess: () => {
            close();
            onDone?.(target);
          },
        })
      }
    />
  );
}
