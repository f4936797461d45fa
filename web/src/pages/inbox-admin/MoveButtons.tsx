import type { Direction } from './move.ts';

/** "Move up" and "Move down" for one item of an ordered list (useMove finds them by data-move). */
export function MoveButtons({
  name,
  index,
  count,
  onMove,
}: {
  /** The item's name, for the buttons' accessible names. */
  name: string;
  index: number;
  count: number;
  onMove: (direction: Direction) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button button-small"
        data-move="up"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => onMove('up')}
      >
        Move up
      </button>
      <button
        type="button"
        className="button button-small"
        data-move="down"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onClick={() => onMove('down')}
      >
        Move down
      </button>
    </>
  );
}
