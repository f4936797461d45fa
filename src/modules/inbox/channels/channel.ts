import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { ConversationRow } from '../queries/conversations.ts';

/** An agent's reply, ready for a channel to carry to the member. */
export interface OutgoingReply {
  conversation: ConversationRow;
  agent: Actor;
  markdown: string;
  text: string;
  html: string;
}

/**
 * Where conversations come from and replies go. A channel brings messages in by calling
 * `ingestMessage` (the forum from its facts, email from the SMTP listener, the API from signed
 * requests, listening from its sources) and carries agent replies back out with `deliver`.
 */
export interface InboxChannel {
  kind: string;
  label: string;
  /** Whether an agent can answer from the inbox (a phone note is logged, not sent). */
  canReply: boolean;
  /** Sends the reply and records it on the conversation; returns the inbox message id. */
  deliver(ctx: AppContext, reply: OutgoingReply): Promise<string>;
}

const registry = new Map<string, InboxChannel>();

/** Adds a channel (built-in ones at start-up; later modules, such as listening, add theirs). */
export function registerChannel(channel: InboxChannel): void {
  registry.set(channel.kind, channel);
}

export function channelOf(kind: string): InboxChannel | undefined {
  return registry.get(kind);
}

export function channelKinds(): { kind: string; label: string; canReply: boolean }[] {
  return [...registry.values()].map(({ kind, label, canReply }) => ({ kind, label, canReply }));
}
