import { Link } from 'react-router';
import { channelLabel } from '../../api/inbox-people.ts';
import type { ChannelKind } from '../../api/inbox-people.ts';
import type { ConversationSummary } from '../../api/inbox-types.ts';
import { Badge, Time } from '../../components/Bits.tsx';
import { ConversationBadges, PriorityBadge } from './ConversationBadges.tsx';
import { STATUS_LABELS } from './labels.ts';
import { SlaDueBadge } from './SlaDueBadge.tsx';

function contactOf(conversation: ConversationSummary): string {
  const { name, address } = conversation.contact;
  if (name && address) return `${name} · ${address}`;
  return name ?? address ?? 'Unknown contact';
}

interface RowProps {
  conversation: ConversationSummary;
  now: number;
  channels: readonly ChannelKind[] | undefined;
}

export function ConversationRow({ conversation, now, channels }: RowProps) {
  return (
    <tr data-testid="inbox-row" data-conversation-id={conversation.id} data-status={conversation.status}>
      <th scope="row" data-label="Conversation" className="cell-primary cell-break">
        <span className="inbox-row-channel">
          <Badge>{channelLabel(conversation.channel, channels)}</Badge>
        </span>
        <Link to={`/inbox/c/${encodeURIComponent(conversation.id)}`} className="inbox-row-subject">
          {conversation.subject}
        </Link>
        <p className="cell-note">{contactOf(conversation)}</p>
        <ConversationBadges conversation={conversation} />
      </th>
      <td data-label="Team">{conversation.team?.name ?? <span className="muted">No team</span>}</td>
      <td data-label="Assignee">
        {conversation.assignee?.name ?? <span className="muted">Unassigned</span>}
      </td>
      <td data-label="Status">
        {STATUS_LABELS[conversation.status]}
        {conversation.status === 'snoozed' && conversation.snoozedUntil ? (
          <p className="cell-note">
            until <Time iso={conversation.snoozedUntil} />
          </p>
        ) : null}
      </td>
      <td data-label="Priority">
        <PriorityBadge priority={conversation.priority} />
      </td>
      <td data-label="SLA">
        <SlaDueBadge conversation={conversation} now={now} />
      </td>
      <td data-label="Last message">
        <Time iso={conversation.lastMessageAt} relative />
      </td>
    </tr>
  );
}
