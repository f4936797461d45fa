import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { inboxKeys, useConversations } from '../../api/inbox.ts';
import type { InboxFilters } from '../../api/inbox-types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { useCurrentUser } from '../../app/guards.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { inboxConfigureRoles } from '../inbox-admin/RequireRoles.tsx';
import { AvailabilityToggle } from './AvailabilityToggle.tsx';
import { ConversationList } from './ConversationList.tsx';
import { InboxFilterBar } from './InboxFilterBar.tsx';
import { canWorkInbox, InboxNotForYou } from './InboxAccess.tsx';
import { filtersToSearch, readFilters } from './inboxFilters.ts';
import { InboxViewsRail } from './InboxViewsRail.tsx';
import { PhoneCallDialog } from './PhoneCallDialog.tsx';

/** The inbox list: views on the left, filters kept in the URL, the conversations, live. */
export function InboxPage() {
  const me = useCurrentUser();
  if (!canWorkInbox(me.role)) return <InboxNotForYou me={me} />;
  return <InboxWorkspace />;
}

function InboxWorkspace() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useConversations(filters);
  const client = useQueryClient();
  const [loggingCall, setLoggingCall] = useState(false);

  // Events carry ids only; the list and its counts are cheap to ask again.
  useLiveEvent('inbox.conversation_changed', () => {
    void client.invalidateQueries({ queryKey: inboxKeys.lists });
    void client.invalidateQueries({ queryKey: inboxKeys.counts });
  });

  const applyFilters = (next: InboxFilters) => setParams(filtersToSearch(next));

  return (
    <section data-testid="inbox-page" className="inbox-page">
      <PageHeader
        title="Inbox"
        description="Everything that needs an answer, with its response-time clock."
        actions={
          <>
            <AvailabilityToggle />
            <button type="button" className="button" onClick={() => setLoggingCall(true)}>
              Log a phone call
            </button>
            {inboxConfigureRoles.includes(me.role) ? (
              <Link className="button" to="/inbox/settings">
                Settings
              </Link>
            ) : null}
          </>
        }
      />
      <div className="inbox-layout">
        <InboxViewsRail filters={filters} counts={list.data?.pages[0]?.counts} />
        <div className="inbox-main">
          <InboxFilterBar filters={filters} onChange={applyFilters} />
          <ConversationList
            list={list}
            filters={filters}
            onClearFilters={() => applyFilters({ view: filters.view })}
          />
        </div>
      </div>
      {loggingCall ? <PhoneCallDialog onClose={() => setLoggingCall(false)} /> : null}
    </section>
  );
}
