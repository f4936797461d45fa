import type { MessageStatus } from '../../../api/members-outreach.ts';

export const STATUS_LABELS: Record<MessageStatus, string> = {
  queued: 'Queued',
  sent: 'Sent',
  failed: 'Failed',
  skipped: 'Skipped',
};

/** Sent stands out as done, a failure calls for attention, the rest stay quiet. */
const TONES: Record<MessageStatus, string> = {
  sent: 'badge badge-success',
  queued: 'badge badge-accent',
  failed: 'badge badge-danger',
  skipped: 'badge',
};

/** A message's delivery as a badge: queued, sent, failed (retried) or skipped. */
export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return (
    <span className={TONES[status]} data-testid="message-status" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** The thread of a direct message (its `detail`), when it is one. */
export function directMessagePath(message: { channel: string; detail: string }): string | null {
  return message.channel === 'dm' && /^\/t\/[^/]+$/.test(message.detail) ? message.detail : null;
}

/** Why a message was skipped or failed; nothing for one sent or on its way. */
export function whyNotSent(message: { status: MessageStatus; detail: string }): string {
  return message.status === 'skipped' || message.status === 'failed' ? message.detail : '';
}
