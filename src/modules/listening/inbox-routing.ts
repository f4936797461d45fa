import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import { textToHtml } from '../../core/text.ts';
import { ingestMessage, recordChannelReply, type InboxChannel } from '../inbox/index.ts';
import type { NewItem } from './queries/items.ts';
import type { ListeningSettingsRow } from './queries/settings.ts';
import type { LiveRule } from './rule-cache.ts';

/**
 * Mentions answered from the inbox. Hearth cannot post on other platforms, so a reply is kept on
 * the conversation (with the link to the original) for the agent to post there, or goes out by
 * email through outreach when the author's address is known.
 */
export const listeningChannel: InboxChannel = {
  kind: 'listening',
  label: 'Mentions',
  canReply: true,
  deliver: (ctx, reply) => recordChannelReply(ctx, reply, 'stored'),
};

const intentNames: Record<string, string> = {
  complaint: 'complaint',
  question: 'question',
  bug: 'bug report',
  idea: 'idea',
  praise: 'praise',
  other: 'mention',
};

export interface InboxReason {
  /** The watch rule that sends it (its hourly cap applies). */
  ruleId: string;
  ruleName: string;
  reason: string;
}

/** Why this mention needs an answer in the inbox, or null when it stays in the stream. */
export function inboxReason(
  item: Pick<NewItem, 'intent' | 'sentiment'>,
  rules: readonly LiveRule[],
  settings: Pick<ListeningSettingsRow, 'inboxIntents' | 'inboxNegativeBelow'>,
): InboxReason | null {
  const of = (rule: LiveRule, reason: string) => ({ ruleId: rule.row.id, ruleName: rule.row.name, reason });
  const everything = rules.find((rule) => rule.row.inbox === 'all');
  if (everything)
    return of(everything, `Watch rule "${everything.row.name}" sends every mention to the inbox.`);
  const answering = rules.find((rule) => rule.row.inbox === 'needs_answer');
  if (!answering) return null;
  if (settings.inboxIntents.includes(item.intent))
    return of(
      answering,
      `A ${intentNames[item.intent] ?? item.intent} about "${answering.row.name}", which needs an answer.`,
    );
  if (item.sentiment <= settings.inboxNegativeBelow)
    return of(answering, `A negative mention (${item.sentiment.toFixed(2)}) of "${answering.row.name}".`);
  return null;
}

function subjectOf(item: Pick<NewItem, 'title' | 'body'>): string {
  const text = item.title ?? item.body.replace(/\s+/g, ' ');
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/** Opens the inbox conversation for a stored mention, through the inbox's one way in. */
export async function openMentionConversation(
  tx: Tx,
  ctx: AppContext,
  item: NewItem,
): Promise<string | null> {
  const text = item.url ? `${item.body}\n\n${item.url}` : item.body;
  const result = await ingestMessage(tx, ctx, {
    channel: listeningChannel.kind,
    conversationRef: `item:${item.id}`,
    externalId: `listening:${item.id}`,
    subject: subjectOf(item),
    text,
    html: textToHtml(text),
    from: {
      memberId: item.memberId,
      name: item.authorName ?? (item.authorHandle ? `@${item.authorHandle}` : null),
      address: item.authorEmail ?? item.authorHandle,
    },
    at: item.publishedAt,
    direction: 'in',
    opens: true,
    context: {
      tags: ['mention', item.platform],
      intent: item.intent,
      sentiment: item.sentiment,
    },
  });
  return result.conversationId;
}
