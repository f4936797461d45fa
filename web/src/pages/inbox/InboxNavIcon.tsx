import { useQueryClient } from '@tanstack/react-query';
import { inboxKeys, useInboxCounts } from '../../api/inbox.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { useLiveEvent } from '../../app/live.tsx';
import { InboxIcon } from '../../components/Icons.tsx';
import { canWorkInbox } from './InboxAccess.tsx';
import { badgeCount } from './labels.ts';

/**
 * The navigation's inbox icon with the number of open conversations assigned to you. The count is
 * hidden from screen readers (the link keeps the plain name "Inbox"); the inbox's rail says it.
 */
export function InboxNavIcon() {
  const me = useCurrentUser();
  const works = canWorkInbox(me.role);
  const counts = useInboxCounts(works);
  const client = useQueryClient();
  useLiveEvent('inbox.conversation_changed', () => {
    if (works) void client.invalidateQueries({ queryKey: inboxKeys.counts });
  });
  const mine = counts.data?.mine ?? 0;
  return (
    <>
      <InboxIcon />
      {works && mine > 0 ? (
        <span
          className="nav-count"
          aria-hidden="true"
          data-testid="inbox-nav-count"
          title={`${badgeCount(mine)} open assigned to you, ${badgeCount(counts.data?.unassigned ?? 0)} unassigned`}
        >
          {badgeCount(mine)}
        </span>
      ) : null}
    </>
  );
}
