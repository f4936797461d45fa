import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useChannelKinds } from '../../api/inbox-people.ts';
import type { ConversationPage, InboxFilters, InboxView } from '../../api/inbox-types.ts';
import { DataTable, LoadMore } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Feedback.tsx';
import { QueueError } from '../staff/StaffAccess.tsx';
import { ConversationRow } from './ConversationRow.tsx';
import { isNarrowed } from './inboxFilters.ts';
import { useNow } from './useNow.ts';

const EMPTY_VIEWS: Record<InboxView, string> = {
  all: 'Nothing is waiting. New questions, emails, mentions and phone notes land here as they arrive.',
  mine: 'Nothing is assigned to you. Take one from Unassigned, or wait for the next one routed to you.',
  unassigned: 'Every open conversation has someone on it.',
  breaching: 'Nothing is due within the hour: every response-time clock has time left.',
  resolved: 'No resolved conversations yet. They appear here once someone resolves them.',
};

interface ConversationListProps {
  list: UseInfiniteQueryResult<InfiniteData<ConversationPage>>;
  filters: InboxFilters;
  onClearFilters: () => void;
}

export function ConversationList({ list, filters, onClearFilters }: ConversationListProps) {
  const now = useNow();
  const channels = useChannelKinds().data;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const view = filters.view ?? 'all';

  if (list.isPending) return <Loading label="Loading the inbox…" />;
  if (list.isError && !list.data)
    return (
      <QueueError
        error={list.error}
        who="agents, community managers and admins"
        onRetry={() => void list.refetch()}
      />
    );
  if (items.length === 0)
    return (
      <div className="empty-inline" data-testid="inbox-empty" data-view={view}>
        {isNarrowed(filters) ? (
          <p>
            No conversations match these filters.{' '}
            <button type="button" className="button button-small" onClick={onClearFilters}>
              Clear filters
            </button>
          </p>
        ) : (
          <p>{EMPTY_VIEWS[view]}</p>
        )}
      </div>
    );
  return (
    <>
      <DataTable
        caption={
          view === 'breaching' ? 'Conversations, soonest due first' : 'Conversations, newest activity first'
        }
        columns={['Conversation', 'Team', 'Assignee', 'Status', 'Priority', 'SLA', 'Last message']}
        testId="inbox-table"
        busy={list.isFetching}
      >
        {items.map((conversation) => (
          <ConversationRow key={conversation.id} conversation={conversation} now={now} channels={channels} />
        ))}
      </DataTable>
      <LoadMore query={list} />
    </>
  );
}
