import { createHash } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import { htmlToText } from '../../../core/markdown.ts';
import { textToHtml } from '../../../core/text.ts';
import { findUserByEmail } from '../../accounts/index.ts';
import { emailIdPrefix } from '../channels/email-channel.ts';
import { findConversation } from '../queries/conversations.ts';
import { findMessageByExternalId } from '../queries/messages.ts';
import { mailRouteFor } from '../channels/mail-routes.ts';
import { insertRawInbound } from '../queries/raw-inbound.ts';
import { ingestMessage } from './ingest-message.ts';

export interface ReceivedEmail {
  raw: Buffer;
  remoteAddress: string | null;
  envelopeFrom: string | null;
  /** The envelope's RCPT TO addresses: mail for a listening address goes there instead. */
  recipients?: readonly string[];
}

/** Auto-replies, bounces and list mail are kept but never start or stop an SLA clock. */
function isAutomated(mail: ParsedMail): boolean {
  const header = (name: string) => String(mail.headers.get(name) ?? '').toLowerCase();
  const submitted = header('auto-submitted');
  return (
    (submitted !== '' && submitted !== 'no') ||
    ['bulk', 'junk', 'list', 'auto_reply'].includes(header('precedence')) ||
    mail.headers.has('x-autoreply') ||
    mail.headers.has('x-autorespond')
  );
}

function referencesOf(mail: ParsedMail): string[] {
  const references = Array.isArray(mail.references)
    ? mail.references
    : mail.references
      ? [mail.references]
      : [];
  return [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...references.reverse()];
}

/** The conversation an answer belongs to: the first known Message-ID it replies to or references. */
async function threadOf(ctx: AppContext, mail: ParsedMail): Promise<string | null> {
  for (const id of referencesOf(mail)) {
    const known = await findMessageByExternalId(ctx.database.db, `${emailIdPrefix}${id}`);
    const conversation = known ? await findConversation(ctx.database.db, known.conversationId) : undefined;
    if (conversation?.channel === 'email') return conversation.channelRef;
  }
  return null;
}

/**
 * One email from the SMTP listener, stored before the listener says 250. Mail that cannot be
 * read, or has no sender, is kept byte for byte for admins instead of being lost; the same
 * Message-ID delivered twice is one message.
 */
export async function receiveEmail(ctx: AppContext, email: ReceivedEmail): Promise<'stored' | 'kept_raw'> {
  let mail: ParsedMail | null = null;
  let problem = '';
  try {
    mail = await simpleParser(email.raw);
  } catch (error) {
    problem = `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
  const sender = mail?.from?.value[0];
  const routed = mail ? mailRouteFor(email.recipients ?? []) : null;
  if (mail && routed) {
    if (await routed.route.receive(ctx, mail, routed.recipient, email.raw)) return 'stored';
    problem = `no source listens at ${routed.recipient}`;
  }
  if (!mail || !sender?.address || routed) {
    await ctx.database.transaction((tx) =>
      insertRawInbound(tx.db, {
        id: newId(),
        channel: 'email',
        remoteAddress: email.remoteAddress,
        envelopeFrom: email.envelopeFrom,
        rawBase64: email.raw.toString('base64'),
        error: problem || 'no sender address (From:)',
        receivedAt: ctx.clock.now(),
      }),
    );
    return 'kept_raw';
  }
  const parsed = mail;
  const messageId =
    parsed.messageId ?? `<${createHash('sha256').update(email.raw).digest('hex')}@hearth.received>`;
  const address = sender.address.toLowerCase();
  const ref = (await threadOf(ctx, parsed)) ?? messageId;
  const text = parsed.text?.trim() || (parsed.html ? htmlToText(parsed.html) : '');
  await ctx.database.transaction(async (tx) => {
    const member = await findUserByEmail(tx.db, address);
    await ingestMessage(tx, ctx, {
      channel: 'email',
      conversationRef: ref,
      externalId: `${emailIdPrefix}${messageId}`,
      subject: parsed.subject?.trim() || '(no subject)',
      text,
      // The HTML the sender wrote is not trusted: agents see the text, escaped.
      html: textToHtml(text || '(empty message)'),
      from: { memberId: member?.id ?? null, name: sender.name || member?.name || null, address },
      // Receipt time, not the sender's Date header: clocks and order follow what we saw, when we saw it.
      at: ctx.clock.now(),
      direction: 'in',
      automated: isAutomated(parsed),
      opens: true,
      context: { memberRole: member?.role ?? null, tags: ['email'] },
    });
  });
  return 'stored';
}
