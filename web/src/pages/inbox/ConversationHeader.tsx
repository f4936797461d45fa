import { Link } from 'react-router';
import type { ConversationDetail } from '../../api/inbox-types.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { RecognitionBadge, RecognitionProvider } from '../../components/members/Recognition.tsx';
import { canReadMembers } from '../members/access.ts';
import { ConversationBadges, PriorityBadge } from './ConversationBadges.tsx';
import { STATUS_LABELS } from './labels.ts';

function Contact({ contact }: { contact: ConversationDetail['contact'] }) {
  const name = contact.name ?? contact.address ?? 'an unknown contact';
  return (
    <span data-testid="conversation-contact">
      from <strong>{name}</strong>
      {contact.name && contact.address ? <span className="muted"> ({contact.address})</span> : null}
      {contact.memberId ? (
        <>
          {' '}
          <RecognitionBadge memberId={contact.memberId} />
        </>
      ) : null}
    </span>
  );
}

interface HeaderProps {
  conversation: ConversationDetail;
  onEscalate: () => void;
}

export function ConversationHeader({ conversation, onEscalate }: HeaderProps) {
  const me = useCurrentUser();
  const contactId = conversation.contact.memberId;
  return (
    <RecognitionProvider ids={contactId ? [contactId] : []} enabled={canReadMembers(me.role)}>
      <p className="breadcrumbs">
        <Link to="/inbox">Inbox</Link>
      </p>
      <PageHeader
        title={conversation.subject}
        documentTitle={`${conversation.subject} · Inbox`}
        description={
          <span className="inbox-conversation-meta">
            <Badge tone="accent">{conversation.channelLabel}</Badge>{' '}
            <Contact contact={conversation.contact} />
            {conversation.link ? (
              <>
                {' · '}
                <Link to={conversation.link} data-testid="conversation-source">
                  Open the {conversation.channel === 'forum' ? 'forum thread' : 'source'}
                </Link>
              </>
            ) : null}
            {' · '}
            <span data-testid="conversation-status">{STATUS_LABELS[conversation.status]}</span>{' '}
            <PriorityBadge priority={conversation.priority} />
          </span>
        }
        actions={
          <button type="button" className="button button-danger-outline" onClick={onEscalate}>
            Escalate
          </button>
        }
      />
      <ConversationBadges conversation={conversation} />
    </RecognitionProvider>
  );
}
