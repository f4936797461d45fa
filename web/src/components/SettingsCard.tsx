import { useId } from 'react';
import type { LiHTMLAttributes, ReactNode } from 'react';

interface SettingsCardProps extends Omit<LiHTMLAttributes<HTMLLIElement>, 'className' | 'title'> {
  /** The item's name: the card's heading, and the name its list item is read by. */
  name: string;
  /** Greyed out, and headed a level down: it stands under the list's "Archived" heading. */
  archived?: boolean;
  badges: ReactNode;
  /** What the card says about the item, then its actions (div.settings-item-actions). */
  children: ReactNode;
}

/** One item of a settings list (a team, a watch rule, a source); data-* attributes go on the item. */
export function SettingsCard({ name, archived = false, badges, children, ...item }: SettingsCardProps) {
  const titleId = useId();
  const Title = archived ? 'h3' : 'h2';
  return (
    <li
      className={archived ? 'card settings-item settings-item-off' : 'card settings-item'}
      aria-labelledby={titleId}
      {...item}
    >
      <div className="card-head">
        <Title className="card-title" id={titleId}>
          {name}
        </Title>
        {badges}
      </div>
      {children}
    </li>
  );
}
