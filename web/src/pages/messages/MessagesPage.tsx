import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import { useDirectMessages } from '../../api/messages.ts';
import type { ThreadSummary } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { Loading, Notice, QueryError } from '../../components/Feedback.tsx';
import { NewMessageForm } from './NewMessageForm.tsx';

function ConversationRow({ thread, myId }: { thread: ThreadSummary; myId: string }) {
  const startedByMe = thread.author?.id === myId;
  const replies = thread.replyCount === 1 ? '1 reply' : `${thread.replyCount} replies`;
  return (
    <li className="conversation" data-testid="conversation" data-thread-id={thread.id}>
      <Link to={`/t/${encodeURIComponent(thread.id)}`} className="conversation-title">
        {thread.title}
      </Link>
      <p className="conversation-meta">
        {startedByMe ? 'You started it' : `From ${thread.author?.name ?? 'a former member'}`} · {replies} ·
        last message <Time iso={thread.lastPostedAt} relative />
      </p>
      {thread.excerpt ? <p className="conversation-excerpt">{thread.excerpt}</p> : null}
    </li>
  );
}

/** Direct messages: the person's private conversations, and a form to start one. */
export function MessagesPage() {
  const me = useCurrentUser();
  const messages = useDirectMessages();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const composing = params.has('new') || params.has('to');
  const newButton = useRef<HTMLButtonElement>(null);

  // A new message, or a reply in one, notifies this person: the list may have changed.
  useLiveEvent('notifications.changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.directMessages });
  });

  function setComposing(open: boolean) {
    setParams(open ? { new: '' } : {}, { replace: true });
    if (!open) window.requestAnimationFrame(() => newButton.current?.focus());
  }

  const items = messages.data ?? [];
  const guest = me.role === 'guest';

  return (
    <section data-testid="messages-page">
      <PageHeader
        title="Messages"
        description="Private conversations between you and one other person."
        actions={
          guest || composing ? null : (
            <button
              ref={newButton}
              type="button"
              className="button button-primary"
              onClick={() => setComposing(true)}
            >
              New message
            </button>
          )
        }
      />
      {guest ? (
        <Notice tone="info">
          <p>Guests can read and answer messages others send them, but cannot start a conversation.</p>
        </Notice>
      ) : null}
      {composing && !guest ? (
        <NewMessageForm initialTo={params.get('to') ?? ''} onCancel={() => setComposing(false)} />
      ) : null}
      <h2 className="visually-hidden">Conversations</h2>
      {messages.isPending ? <Loading label="Loading messages…" /> : null}
      {messages.isError ? (
        <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : null}
      {messages.isSuccess && items.length === 0 ? (
        <p className="empty-inline">
          {guest
            ? 'No conversations yet. Messages people send you appear here.'
            : 'No conversations yet. Start one with “New message”; messages people send you appear here too.'}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="conversation-list card" aria-label="Conversations">
          {items.map((thread) => (
            <ConversationRow key={thread.id} thread={thread} myId={me.id} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
