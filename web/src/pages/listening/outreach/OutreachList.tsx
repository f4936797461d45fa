// Outreach made: who was contacted, how, by whom and when, what was said, where the conversation
// goes on, and whether they answered. Outreach on another platform is marked answered by hand.
import { useId } from 'react';
import { Link } from 'react-router';
import type { Outreach } from '../../../api/listening-outreach.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { Badge, Time } from '../../../components/Bits.tsx';
import { webUrl } from '../labels.ts';
import { itemPath } from '../Mention.tsx';
import { conversationPath, personHandle, personName, threadPath, viaLabel } from './labels.ts';

export interface OutreachListProps {
  rows: readonly Outreach[];
  /** The row whose "Mark answered" is under way. */
  pendingId: string | null;
  /** The row whose "Mark answered" failed, and why. */
  failed: { id: string; message: string } | null;
  onMarkAnswered: (row: Outreach, name: string) => void;
}

export function OutreachList({ rows, pendingId, failed, onMarkAnswered }: OutreachListProps) {
  return (
    <ul className="settings-list outreach-list">
      {rows.map((row) => (
        <OutreachRow
          key={row.id}
          row={row}
          pending={pendingId === row.id}
          error={failed?.id === row.id ? failed.message : undefined}
          onMarkAnswered={onMarkAnswered}
        />
      ))}
    </ul>
  );
}

/** A short line for the mention it answered: its title, else the start of its text. */
function mentionGist(text: string | null, body: string): string {
  const source = (text ?? '').trim() || body.trim().replace(/\s+/g, ' ');
  return source.length > 90 ? `${source.slice(0, 89).trimEnd()}…` : source;
}

function OutreachRow({
  row,
  pending,
  error,
  onMarkAnswered,
}: {
  row: Outreach;
  pending: boolean;
  error?: string;
  onMarkAnswered: OutreachListProps['onMarkAnswered'];
}) {
  const me = useCurrentUser();
  const headingId = useId();
  const name = personName(row.authorKey, row.item);
  const handle = personHandle(row.item);
  const platform = row.item?.platform ?? row.authorKey.split(':')[0] ?? 'the platform';
  const original = webUrl(row.item?.url ?? null);
  const answered = row.status === 'answered';
  return (
    <li
      className={
        answered ? 'card settings-item outreach-row settings-item-off' : 'card settings-item outreach-row'
      }
      aria-labelledby={headingId}
      data-testid="outreach-row"
      data-outreach-id={row.id}
      data-author-key={row.authorKey}
      data-via={row.via}
      data-status={row.status}
    >
      <div className="card-head">
        <h3 className="card-title" id={headingId}>
          {name}
          {handle ? <span className="muted outreach-handle"> {handle}</span> : null}
        </h3>
        <Badge tone="accent">{viaLabel(row.via, platform)}</Badge>
        {answered ? (
          <Badge tone="success">Answered</Badge>
        ) : (
          <Badge tone="warning">Waiting for an answer</Badge>
        )}
      </div>
      <dl className="settings-facts">
        <div>
          <dt>Contacted</dt>
          <dd>
            <Time iso={row.contactedAt} relative />, by{' '}
            {row.contactedBy.id === me.id ? 'you' : row.contactedBy.name}
          </dd>
        </div>
        {row.answeredAt ? (
          <div>
            <dt>Answered</dt>
            <dd data-testid="outreach-answered-at">
              <Time iso={row.answeredAt} relative />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>About</dt>
          <dd>
            {row.item ? (
              <Link to={itemPath(row.item)} data-testid="outreach-mention-link">
                {mentionGist(row.item.title, row.item.text)}
              </Link>
            ) : (
              <span className="muted">The mention is gone.</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="outreach-said">
        <p className="settings-item-subtitle">
          {row.via === 'platform' ? `What was said on ${platform}` : 'Message'}
        </p>
        <p className="outreach-message" data-testid="outreach-message">
          {row.message}
        </p>
      </div>
      {answered ? null : <p className="muted small">{waitingNote(row, platform)}</p>}
      <div className="settings-item-actions outreach-row-actions">
        {row.conversationId ? (
          <Link to={conversationPath(row.conversationId)} data-testid="outreach-conversation-link">
            Inbox conversation<span className="visually-hidden"> with {name}</span>
          </Link>
        ) : null}
        {row.threadId ? (
          <Link to={threadPath(row.threadId)} data-testid="outreach-thread-link">
            Direct message thread<span className="visually-hidden"> with {name}</span>
          </Link>
        ) : null}
        {original ? (
          <a href={original} target="_blank" rel="noopener noreferrer" data-testid="outreach-original">
            Original post<span className="visually-hidden"> by {name} (opens in a new tab)</span>
          </a>
        ) : null}
        {row.via === 'platform' && !answered ? (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={pending}
            aria-busy={pending || undefined}
            onClick={() => onMarkAnswered(row, name)}
          >
            Mark answered
          </button>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}

function waitingNote(row: Outreach, platform: string): string {
  if (row.via === 'email')
    return 'Their email answer lands in the inbox conversation; Hearth notices it by itself.';
  if (row.via === 'dm') return 'Hearth notices by itself when they answer in the direct message thread.';
  return `When they answer on ${platform}, mark it answered here.`;
}
