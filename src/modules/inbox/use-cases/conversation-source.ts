import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { canSeeConversation } from '../load.ts';
import { inboxPolicy } from '../policy.ts';
import { findConversation } from '../queries/conversations.ts';
import { messagesOf } from '../queries/messages.ts';

/** What another module may quote of a conversation (e.g. an idea captured from it), with who it is with. */
export interface ConversationSource {
  subject: string;
  contact: { memberId: string | null; name: string | null; address: string | null };
  link: string;
  /** The member's first message. */
  excerpt: string;
}

/** The conversation, for someone who may work it; null when it does not exist for them. */
export async function conversationSource(
  db: Db,
  actor: Actor | null,
  id: string,
): Promise<ConversationSource | null> {
  if (!actor || !inboxPolicy.can(actor, 'work')) return null;
  const row = await findConversation(db, id);
  if (!row || !(await canSeeConversation(db, actor, row))) return null;
  const first = (await messagesOf(db, id)).find((message) => message.direction === 'in');
  return {
    subject: row.subject,
    contact: { memberId: row.memberId, name: row.contactName, address: row.contactAddress },
    link: `/inbox/c/${row.id}`,
    excerpt: first?.bodyText ?? row.subject,
  };
}
