import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useUserSearch } from '../../api/staff.ts';
import type { AdminUser } from '../../api/types.ts';
import { RoleBadge } from '../../components/Bits.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { FormError } from '../../components/Feedback.tsx';
import { FindField } from '../../components/FindField.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';

/**
 * A dialog that finds active people by name, email or handle and offers an Add button for each
 * (used to pick space moderators and group members).
 */
export function PersonSearchDialog({
  title,
  description,
  testId,
  already,
  onAdd,
  adding,
  error,
  notice,
  onClose,
}: {
  title: string;
  description: ReactNode;
  testId: string;
  /** Why someone cannot be added (e.g. "Already a moderator"), or null to offer the button. */
  already: (user: AdminUser) => string | null;
  /** `refocus` puts focus back in the search field (for dialogs that stay open after an add). */
  onAdd: (user: AdminUser, refocus: () => void) => void;
  /** An add is under way: the buttons wait. */
  adding: boolean;
  /** The last add's error. */
  error: unknown;
  /** What the last add did, announced politely (e.g. "Ana is now in Beta testers."). */
  notice?: string;
  onClose: () => void;
}) {
  const [q, setQ] = useState('');
  const form = useRef<HTMLFormElement>(null);

  function focusSearch() {
    const input = form.current?.querySelector<HTMLInputElement>('input');
    input?.focus();
    input?.select();
  }
  const debounced = useDebouncedValue(q, 250);
  const search = useUserSearch(debounced);
  const results = search.data ?? [];
  const searching = debounced.trim().length >= 2;

  let status = '';
  if (searching && search.isSuccess)
    status =
      results.length === 0
        ? 'Nobody matches.'
        : `${results.length} ${results.length === 1 ? 'person' : 'people'} found.`;

  return (
    <Dialog title={title} description={description} onClose={onClose} testId={testId}>
      <FindField
        ref={form}
        label="Find a person"
        placeholder="Name, email or handle"
        hint="Type at least 2 characters."
        value={q}
        onChange={setQ}
        status={status}
        query={search}
      />
      <FormError error={error} />
      {notice !== undefined ? (
        <p className="person-search-notice" role="status">
          {notice}
        </p>
      ) : null}
      {searching && results.length > 0 ? (
        <ul className="person-results" aria-label="People found">
          {results.map((user) => {
            const reason = already(user);
            return (
              <li key={user.id} className="person-result" data-testid="person-result">
                <span className="person-result-name">
                  <strong>{user.name}</strong> <span className="muted">@{user.handle}</span>{' '}
                  <RoleBadge role={user.role} />
                </span>
                {reason ? (
                  <span className="muted small">{reason}</span>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Add ${user.name} (@${user.handle})`}
                    disabled={adding}
                    onClick={() => onAdd(user, focusSearch)}
                  >
                    Add
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
