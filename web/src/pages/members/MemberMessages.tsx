import { Link } from 'react-router';
import { useMemberMessages } from '../../api/members-outreach.ts';
import type { MemberMessage } from '../../api/members-outreach.ts';
import type { Member } from '../../api/members.ts';
import { Time } from '../../components/Bits.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { kindLabel } from './labels.ts';
import { directMessagePath, MessageStatusBadge, whyNotSent } from './outreach/MessageBits.tsx';

/** How it went: "Direct message" (to its thread) or "Email to dana@example.com". */
function Via({ message }: { message: MemberMessage }) {
  const thread = directMessagePath(message);
  if (message.channel === 'dm') return thread ? <Link to={thread}>Direct message</Link> : <>Direct message</>;
  return <>Email{message.toAddress ? ` to ${message.toAddress}` : ''}</>;
}

function MessageItem({ message }: { message: MemberMessage }) {
  const why = whyNotSent(message);
  return (
    <li data-testid="member-message" data-kind={message.kind} data-status={message.status}>
      <p className="member-message-head">
        <span className="chip-tag">{kindLabel(message.kind)}</span>{' '}
        <MessageStatusBadge status={message.status} />
      </p>
      <p className="member-message-subject">{message.subject}</p>
      {why ? (
        <p className="small" data-testid="member-message-detail">
          {why}
        </p>
      ) : null}
      <p className="muted small">
        <Via message={message} />
        {message.sentBy ? `, by ${message.sentBy.name}` : ''}, <Time iso={message.createdAt} relative />
      </p>
    </li>
  );
}

/** What staff sent the member outside conversations (greetings, outreach, campaigns), newest first. */
export function MemberMessages({ member }: { member: Member }) {
  const messages = useMemberMessages(member.id);
  return (
    <section className="card member-card" data-testid="member-messages">
      <h2 className="card-title">Messages</h2>
      {messages.isPending ? <Loading label="Loading messages…" /> : null}
      {messages.isError ? (
        <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : null}
      {messages.data?.length === 0 ? <p className="muted">Staff have sent them nothing yet.</p> : null}
      {messages.data && messages.data.length > 0 ? (
        <ol className="member-note-list" aria-label="Messages, newest first">
          {messages.data.map((message) => (
            <MessageItem key={message.id} message={message} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
