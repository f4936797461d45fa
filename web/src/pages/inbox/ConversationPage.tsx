import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client.ts';
import { inboxKeys } from '../../api/inbox.ts';
import { useConversation, useUpdateConversation } from '../../api/inbox-conversation.ts';
import type { ConversationDetail } from '../../api/inbox-types.ts';
import type { Me } from '../../api/types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { CaptureIdeaButton } from '../../components/ideas/CaptureIdeaDialog.tsx';
import { FormError, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { useDirectory } from './colleagues.ts';
import { Composer } from './Composer.tsx';
import { ConversationFields } from './ConversationFields.tsx';
import { ConversationHeader } from './ConversationHeader.tsx';
import { ConversationTimeline } from './ConversationTimeline.tsx';
import { EscalateDialog } from './EscalateDialog.tsx';
import { canWorkInbox, InboxNotForYou } from './InboxAccess.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import { RoutingTrace } from './RoutingTrace.tsx';
import { ScopeChangeDialog } from './ScopeChangeDialog.tsx';
import { CsatResult, ScopeChanges } from './ScopeChanges.tsx';
import { SlaClocks } from './SlaClocks.tsx';
import { usePresence } from './usePresence.ts';

/** One conversation: everything said, everything that happened, and every way to act on it. */
export function ConversationPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  if (!canWorkInbox(me.role)) return <InboxNotForYou me={me} />;
  // A new id is a new screen: fresh drafts, presence and dialogs.
  return <ConversationScreen key={id} id={id} me={me} />;
}

function NotFound() {
  return (
    <section className="status-page" data-testid="conversation-not-found">
      <PageHeader title="Conversation not found" />
      <p>It does not exist, or it was escalated privately to people you are not among.</p>
      <p>
        <Link to="/inbox">Back to the inbox</Link>
      </p>
    </section>
  );
}

function ConversationScreen({ id, me }: { id: string; me: Me }) {
  const conversation = useConversation(id);
  const client = useQueryClient();
  useLiveEvent('inbox.conversation_changed', ({ conversationId }) => {
    if (conversationId === id) void client.invalidateQueries({ queryKey: inboxKeys.conversation(id) });
  });

  if (conversation.isPending) return <Loading label="Loading the conversation…" />;
  if (conversation.isError) {
    const error = conversation.error;
    if (isApiError(error) && (error.status === 404 || error.status === 400)) return <NotFound />;
    return <QueryError error={error} onRetry={() => void conversation.refetch()} />;
  }
  return <ConversationView conversation={conversation.data} me={me} />;
}

/** Mounted once the conversation has loaded, so presence is only announced for one that exists. */
function ConversationView({ conversation, me }: { conversation: ConversationDetail; me: Me }) {
  const presence = usePresence(conversation.id, me.id);
  const directory = useDirectory(me);
  const moveToTeam = useUpdateConversation(conversation.id);
  const [dialog, setDialog] = useState<'escalate' | 'scope' | null>(null);
  const [message, setMessage] = useState('');
  const close = () => setDialog(null);

  return (
    <article
      className="conversation-page"
      data-testid="conversation-page"
      data-conversation-id={conversation.id}
    >
      <ConversationHeader conversation={conversation} onEscalate={() => setDialog('escalate')} />
      <PresenceBar others={presence.others} />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <div className="conversation-layout">
        <div className="conversation-main">
          <ConversationTimeline conversation={conversation} names={directory} />
          <Composer conversation={conversation} me={me} directory={directory} presence={presence} />
        </div>
        <aside className="conversation-side" aria-label="About this conversation">
          <CaptureIdeaButton source={{ kind: 'conversation', id: conversation.id }} />
          <ConversationFields conversation={conversation} directory={directory} me={me} />
          <SlaClocks conversation={conversation} />
          <CsatResult csat={conversation.csat} />
          <ScopeChanges conversation={conversation} onRecord={() => setDialog('scope')} />
          <RoutingTrace
            conversation={conversation}
            names={directory}
            pending={moveToTeam.isPending}
            onAcceptSuggestion={(teamId) =>
              moveToTeam.mutate(
                { teamId, version: conversation.version },
                { onSuccess: () => setMessage('Moved to the suggested team.') },
              )
            }
          />
          <FormError error={moveToTeam.error} />
        </aside>
      </div>
      {dialog === 'escalate' ? (
        <EscalateDialog
          conversation={conversation}
          directory={directory}
          onClose={close}
          onEscalated={setMessage}
        />
      ) : null}
      {dialog === 'scope' ? (
        <ScopeChangeDialog conversationId={conversation.id} onClose={close} onRecorded={setMessage} />
      ) : null}
    </article>
  );
}
