import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AdminSpace } from '../../api/types.ts';
import { Badge } from '../../components/Bits.tsx';
import { audienceSummary, kindLabel } from './spaceOptions.ts';
import type { KnownGroups } from './spaceOptions.ts';

/** One space in Admin › Spaces: what it is, who it admits, its moderators (children), and actions. */
export function SpaceRow({
  space,
  groups,
  index,
  count,
  children,
  onMove,
  onEdit,
  onArchive,
  onAddModerator,
}: {
  space: AdminSpace;
  /** The groups, to name those the space admits (undefined while they load). */
  groups: KnownGroups;
  index: number;
  count: number;
  children: ReactNode;
  onMove: (space: AdminSpace, direction: 'up' | 'down') => void;
  onEdit: (space: AdminSpace) => void;
  onArchive: (space: AdminSpace) => void;
  onAddModerator: (space: AdminSpace) => void;
}) {
  const titleId = `space-${space.id}-title`;
  return (
    <li
      className={space.archived ? 'card admin-space admin-space-archived' : 'card admin-space'}
      data-testid="admin-space"
      data-space-id={space.id}
      data-space-slug={space.slug}
      aria-labelledby={titleId}
    >
      <div className="card-head">
        <span className="card-position" aria-hidden="true">
          {index + 1}
        </span>
        <h2 className="card-title" id={titleId}>
          {space.name}
        </h2>
        <Badge tone={space.kind === 'complaints' ? 'warning' : 'neutral'}>{kindLabel(space.kind)}</Badge>
        {space.archived ? <Badge tone="danger">Archived</Badge> : null}
      </div>
      <p className="admin-space-address">
        <Link to={`/c/${encodeURIComponent(space.slug)}`}>/c/{space.slug}</Link>
      </p>
      {space.description ? <p className="admin-space-description">{space.description}</p> : null}
      <dl className="admin-space-audiences">
        <div>
          <dt>Read</dt>
          <dd>{audienceSummary(space.readRoles, groups)}</dd>
        </div>
        <div>
          <dt>Start threads</dt>
          <dd>{audienceSummary(space.postRoles, groups)}</dd>
        </div>
        <div>
          <dt>Reply</dt>
          <dd>{audienceSummary(space.replyRoles, groups)}</dd>
        </div>
      </dl>
      <div className="admin-space-moderators">
        <h3 className="admin-space-subtitle">Moderators</h3>
        {children}
        <button
          type="button"
          className="button button-small"
          aria-label={`Add a moderator to ${space.name}`}
          data-add-moderator
          onClick={() => onAddModerator(space)}
        >
          Add moderator
        </button>
      </div>
      <div className="admin-space-actions">
        <button
          type="button"
          className="button button-small"
          data-move="up"
          aria-label={`Move ${space.name} up`}
          disabled={index === 0}
          onClick={() => onMove(space, 'up')}
        >
          Move up
        </button>
        <button
          type="button"
          className="button button-small"
          data-move="down"
          aria-label={`Move ${space.name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(space, 'down')}
        >
          Move down
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={`Edit ${space.name}`}
          onClick={() => onEdit(space)}
        >
          Edit
        </button>
        <button
          type="button"
          className={space.archived ? 'button button-small' : 'button button-small button-danger-outline'}
          aria-label={`${space.archived ? 'Unarchive' : 'Archive'} ${space.name}`}
          onClick={() => onArchive(space)}
        >
          {space.archived ? 'Unarchive' : 'Archive'}
        </button>
      </div>
    </li>
  );
}
