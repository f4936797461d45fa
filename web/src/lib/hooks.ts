import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';

/** Sets the document title to "<title> · Hearth". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Hearth` : 'Hearth';
  }, [title]);
}

export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * A disclosure panel (menu, popover): open state, ids and refs, closed by a click outside,
 * Escape (which gives focus back to the button) or focus leaving it.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  /** Closes when focus leaves the whole disclosure (Tab past its last item). */
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (open && !container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  return { open, setOpen, panelId, container, button, onBlur };
}

/**
 * The unsaved edits of a settings form. `current` shows what is saved until something is edited;
 * an edit after a save resets the save, so its "Settings saved." does not stand for the new edits.
 */
export function useSettingsDraft<Draft extends object>(
  saved: Draft,
  save: { isSuccess: boolean; reset: () => void },
) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft ?? saved;
  return {
    current,
    change: (changes: Partial<Draft>) => {
      setDraft({ ...current, ...changes });
      if (save.isSuccess) save.reset();
    },
    /** Once saved: show what is saved again. */
    discard: () => setDraft(null),
  };
}
