// Moving one item of an ordered list (routing rules, SLA policies) a place up or down.
import { useEffect, useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';

export type Direction = 'up' | 'down';

interface Moved {
  id: string;
  direction: Direction;
  /** The new order, joined: the list shows it once it is fetched again. */
  order: string;
}

/** After a move, focus stays on the moved item's button (or its other one at the ends of the list). */
function refocus(row: Element | null, direction: Direction) {
  const preferred = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
  const other = row?.querySelector<HTMLButtonElement>(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`);
  const target = preferred && !preferred.disabled ? preferred : other;
  if (target && document.activeElement !== target) target.focus();
}

/**
 * Swaps an item with its neighbour and sends the whole new order (the server takes every id).
 * `rowSelector` finds an item's row, whose move buttons carry data-move (see MoveButtons).
 */
export function useMove<T extends { id: string; name: string }>({
  items,
  rowSelector,
  reorder,
  onMoved,
  onFailed,
}: {
  items: readonly T[];
  rowSelector: (id: string) => string;
  reorder: Pick<UseMutationResult<unknown, Error, string[]>, 'isPending' | 'mutate'>;
  /** `place` counts from 1. */
  onMoved: (item: T, place: number, count: number) => void;
  onFailed: (item: T, error: Error) => void;
}): (item: T, direction: Direction) => void {
  const [moved, setMoved] = useState<Moved | null>(null);

  // Reordering the rows drops focus; once the list shows the new order, follow the item there.
  // (Waiting for the order, not for the request: the refetched list may render after it settles.)
  const order = items.map((item) => item.id).join();
  useEffect(() => {
    if (!moved || moved.order !== order) return;
    refocus(document.querySelector(rowSelector(moved.id)), moved.direction);
    setMoved(null);
  }, [moved, order, rowSelector]);

  return (item, direction) => {
    if (reorder.isPending) return;
    const ids = items.map((candidate) => candidate.id);
    const from = ids.indexOf(item.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const other = ids[to];
    if (from < 0 || other === undefined) return;
    ids[to] = item.id;
    ids[from] = other;
    setMoved({ id: item.id, direction, order: ids.join() });
    reorder.mutate(ids, {
      onSuccess: () => onMoved(item, to + 1, ids.length),
      onError: (failure) => {
        setMoved(null);
        onFailed(item, failure);
      },
    });
  };
}
