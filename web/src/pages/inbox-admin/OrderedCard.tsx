// One item of an ordered settings list (routing rules, SLA policies): the order matters, so each
// card shows its place and can move; both lists describe their conditions the same way.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Condition } from '../../api/inbox-admin.ts';
import type { ChannelKind } from '../../api/inbox-people.ts';
import { describeCondition } from './conditions.ts';
import type { Direction } from './move.ts';
import { MoveButtons } from './MoveButtons.tsx';

interface OrderedCardProps {
  item: { id: string; name: string };
  index: number;
  count: number;
  testId: string;
  /** The attribute carrying the item's id, which the page's row selector (useMove) looks for. */
  idAttribute: `data-${string}-id`;
  /** Shown greyed out (a disabled rule). */
  off?: boolean;
  badges: ReactNode;
  editTo: string;
  /** Buttons between the move buttons and Edit. */
  actions?: ReactNode;
  onMove: (direction: Direction) => void;
  onDelete: () => void;
  children: ReactNode;
}

export function OrderedCard({
  item,
  index,
  count,
  testId,
  idAttribute,
  off = false,
  badges,
  editTo,
  actions,
  onMove,
  onDelete,
  children,
}: OrderedCardProps) {
  const titleId = useId();
  return (
    <li
      className={off ? 'card settings-item settings-item-off' : 'card settings-item'}
      data-testid={testId}
      {...{ [idAttribute]: item.id }}
      aria-labelledby={titleId}
    >
      <div className="card-head">
        <span className="card-position" aria-hidden="true">
          {index + 1}
        </span>
        <h2 className="card-title" id={titleId}>
          {item.name}
        </h2>
        {badges}
      </div>
      {children}
      <div className="settings-item-actions">
        <MoveButtons name={item.name} index={index} count={count} onMove={onMove} />
        {actions}
        <Link to={editTo} className="button button-small" aria-label={`Edit ${item.name}`}>
          Edit
        </Link>
        <button
          type="button"
          className="button button-small button-danger-outline"
          aria-label={`Delete ${item.name}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** "When" a rule runs or a policy applies: its conditions in words, or what none means. */
export function ConditionsSummary({
  title,
  conditions,
  channels,
  none,
}: {
  title: string;
  conditions: readonly Condition[];
  channels: readonly ChannelKind[] | undefined;
  none: string;
}) {
  return (
    <div>
      <h3 className="settings-item-subtitle">{title}</h3>
      {conditions.length > 0 ? (
        <ul className="plain-list">
          {conditions.map((condition, at) => (
            <li key={at}>{describeCondition(condition, channels)}</li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
    </div>
  );
}
