import { Link } from 'react-router';
import { useSignOut } from '../api/auth.ts';
import type { Me } from '../api/types.ts';
import { RoleBadge } from '../components/Bits.tsx';
import { errorMessage } from '../components/Feedback.tsx';
import { ChevronDownIcon } from '../components/Icons.tsx';
import { initials } from '../lib/format.ts';
import { useDisclosure } from '../lib/hooks.ts';

/** The signed-in user's menu: a disclosure button with their name and role, and a small panel. */
export function UserMenu({ me }: { me: Me }) {
  const { open, setOpen, panelId, container, button, onBlur } = useDisclosure();
  const signOut = useSignOut();

  return (
    <div className="user-menu" ref={container} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="user-menu-button"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(me.name)}
        </span>
        <span className="user-menu-name">{me.name}</span>
        <span className="user-menu-role">
          <RoleBadge role={me.role} />
        </span>
        <ChevronDownIcon />
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        <div className="user-menu-identity">
          <p className="user-menu-identity-name">{me.name}</p>
          <p className="user-menu-identity-email">{me.email}</p>
          <p>
            <RoleBadge role={me.role} />
          </p>
        </div>
        <ul className="user-menu-list">
          <li>
            <Link to="/account" className="user-menu-item" onClick={() => setOpen(false)}>
              Account settings
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="user-menu-item"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              Sign out
            </button>
          </li>
        </ul>
        {signOut.isError ? (
          <p className="field-error" role="alert">
            {errorMessage(signOut.error)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
