import { Link } from 'react-router';
import type { ConversationDetail } from '../../api/inbox-types.ts';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { ConversationBadges, PriorityBadge } from './ConversationBadges.tsx';
import { STATUS_LABELS } from './labels.ts';

function Contact({ contact }: { contact: ConversationDetail['contact'] }) {
  const name = contact.name ?? contact.address ?? 'an unknown contact';
  return (
    <span data-testid="conversation-contact">
      from <strong>{name}</strong>
      {contact.name && contact.address ? <span className="muted"> ({contact.address})</span> : null}
    </span>
  );
}

interface HeaderProps {
  conversation: ConversationDetail;
  onEscalate: () => void;
}

export function ConversationHeader({ conversation, onEscalate }: HeaderProps) {
  return (
    <>
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
    </>
  );
}
