import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';

/** Facts the inbox states for other modules (members puts them on the person's timeline). */
export const inboxFacts = {
  conversationOpened: 'inbox.conversation_opened',
  conversationRated: 'inbox.conversation_rated',
  slaBreached: 'inbox.sla_breached',
} as const;

/** Who a conversation is with: an account when known, else the address the channel gave. */
export interface ContactFact {
  memberId: string | null;
  name: string | null;
  /** An email address, a phone number or a handle, as the channel gave it. */
  address: string | null;
  channel: string;
}

export interface ConversationOpenedFact {
  conversationId: string;
  subject: string;
  text: string;
  contact: ContactFact;
  at: string;
}

export interface ConversationRatedFact {
  conversationId: string;
  subject: string;
  rating: number;
  comment: string | null;
  contact: ContactFact;
  at: string;
}

/** We kept someone waiting past a promised time: a sign they may be slipping away. */
export interface SlaBreachedFact {
  conversationId: string;
  subject: string;
  /** first_response, next_response or resolution. */
  metric: string;
  contact: ContactFact;
  at: string;
}

export async function stateSlaBreached(tx: Tx, ctx: AppContext, data: SlaBreachedFact): Promise<void> {
  await ctx.events.emit(tx, { type: inboxFacts.slaBreached, data });
}

export async function stateConversationOpened(
  tx: Tx,
  ctx: AppContext,
  data: ConversationOpenedFact,
): Promise<void> {
  await ctx.events.emit(tx, { type: inboxFacts.conversationOpened, data });
}

export async function stateConversationRated(
  tx: Tx,
  ctx: AppContext,
  data: ConversationRatedFact,
): Promise<void> {
  await ctx.events.emit(tx, { type: inboxFacts.conversationRated, data });
}
