// The words, paths and templates of outreach, in one place.
import { OUTREACH_STATUSES } from '../../../api/listening-outreach.ts';
import type { OutreachStatus, OutreachVia } from '../../../api/listening-outreach.ts';
import type { ListeningItem } from '../../../api/listening.ts';

export const OUTREACH_PATH = '/listening/outreach';

/** The status in the address (`?status=`); the queue when missing or unknown. */
export function readOutreachStatus(value: string | null): OutreachStatus {
  return OUTREACH_STATUSES.find((status) => status === value) ?? 'waiting';
}

export function outreachStatusPath(status: OutreachStatus): string {
  return status === 'waiting' ? OUTREACH_PATH : `${OUTREACH_PATH}?status=${status}`;
}

export const STATUS_TABS: readonly { status: OutreachStatus; label: string }[] = [
  { status: 'waiting', label: 'Waiting' },
  { status: 'contacted', label: 'Contacted' },
  { status: 'answered', label: 'Answered' },
];

/** The address in an `email:<address>` key, if it is one. */
function emailOf(authorKey: string): string | null {
  return authorKey.startsWith('email:') ? authorKey.slice('email:'.length) || null : null;
}

/** What to call someone: their name, else their handle, else their address, else "Someone". */
export function personName(authorKey: string, item: Pick<ListeningItem, 'author'> | null): string {
  const name = item?.author.name?.trim();
  if (name) return name;
  const handle = item?.author.handle?.trim().replace(/^@/, '');
  if (handle) return `@${handle}`;
  return emailOf(authorKey) ?? 'Someone';
}

/** The handle beside a name, when both are known: "@dana". */
export function personHandle(item: Pick<ListeningItem, 'author'> | null): string | null {
  const handle = item?.author.handle?.trim().replace(/^@/, '');
  return item?.author.name?.trim() && handle ? `@${handle}` : null;
}

/** "Email", "Direct message", "On Mastodon". */
export function viaLabel(via: OutreachVia, platform: string): string {
  if (via === 'email') return 'Email';
  if (via === 'dm') return 'Direct message';
  return `On ${platform}`;
}

/** One line on what each way does. */
export function viaDescription(via: OutreachVia, platform: string): string {
  if (via === 'email') return 'Sent from the support address; their answer comes back to the inbox.';
  if (via === 'dm') return 'A direct message to their Hearth account.';
  return `Reply on ${platform} yourself, then record it here.`;
}

/** "1 problem mention", "3 problem mentions". */
export function problemMentions(count: number): string {
  return `${count.toLocaleString()} problem ${count === 1 ? 'mention' : 'mentions'}`;
}

/** A first message, friendly and open; the agent edits it before sending. */
export function outreachTemplate(name: string, sender: string): string {
  const greeting = name === 'Someone' ? 'Hi there' : `Hi ${name}`;
  return [
    `${greeting},`,
    '',
    `I’m ${sender} from the support team. I saw what you wrote, and I’m sorry this has been a problem for you. I’d like to help put it right: could you tell me a little more about what happened?`,
    '',
    'Thanks,',
    sender,
  ].join('\n');
}

/** The inbox conversation (web/src/app/router.tsx: `/inbox/c/:id`). */
export function conversationPath(conversationId: string): string {
  return `/inbox/c/${encodeURIComponent(conversationId)}`;
}

/** The forum's thread page, where direct messages are read (`/t/:id`). */
export function threadPath(threadId: string): string {
  return `/t/${encodeURIComponent(threadId)}`;
}
