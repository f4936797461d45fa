import type { ParsedMail } from 'mailparser';
import { htmlToText } from '../../core/markdown.ts';
import type { MailRoute } from '../inbox/index.ts';
import { findEmailSource } from './queries/sources.ts';
import type { IncomingMention } from './types.ts';
import { ingestMentions } from './use-cases/ingest-mentions.ts';

const address = /^listen\+([0-9a-f]{12})@/;
const marker = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)\s*$/im;

interface Forwarded {
  from: { name: string | null; email: string | null } | null;
  date: Date | null;
  subject: string | null;
  body: string;
}

function parseFrom(value: string): { name: string | null; email: string | null } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>\s]+@[^>\s]+)>\s*$/.exec(value);
  if (match) return { name: match[1]?.trim() || null, email: match[2] ?? null };
  return /@/.test(value) ? { name: null, email: value.trim() } : { name: value.trim() || null, email: null };
}

/** The message inside a forward ("---------- Forwarded message ---------", Apple's "Begin forwarded message:"). */
export function unwrapForward(text: string): Forwarded | null {
  const found = marker.exec(text);
  if (!found) return null;
  const lines = text
    .slice(found.index + found[0].length)
    .replace(/^\s*\n/, '')
    .split('\n');
  const headers = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i += 1) {
    const header = /^\s*(from|date|sent|subject|to|cc):\s*(.*)$/i.exec(lines[i] ?? '');
    if (!header) break;
    headers.set((header[1] ?? '').toLowerCase(), header[2] ?? '');
  }
  const date = new Date(headers.get('date') ?? headers.get('sent') ?? '');
  return {
    from: headers.has('from') ? parseFrom(headers.get('from') ?? '') : null,
    date: Number.isNaN(date.getTime()) ? null : date,
    subject: headers.get('subject')?.trim() || null,
    body: lines.slice(i).join('\n').trim(),
  };
}

/** A forwarded email as a mention: the original author, words and time when it was forwarded. */
export function mentionOfMail(mail: ParsedMail): IncomingMention {
  const text = mail.text?.trim() || (mail.html ? htmlToText(mail.html) : '');
  const inner = unwrapForward(text);
  const sender = mail.from?.value[0];
  const author = inner?.from ?? { name: sender?.name || null, email: sender?.address ?? null };
  return {
    externalId: mail.messageId ?? null,
    title: (inner?.subject ?? mail.subject ?? '').replace(/^\s*((fwd?|fw|wg|tr):\s*)+/i, '') || null,
    text: inner?.body || text,
    author: { name: author.name, email: author.email },
    platform: 'email',
    publishedAt: inner?.date ?? mail.date ?? null,
  };
}

/** Email forwarded to a source's listening address (`listen+<token>@…`) becomes one mention. */
export const listeningMailRoute: MailRoute = {
  claims: (recipient) => address.test(recipient),
  async receive(ctx, mail, recipient) {
    const token = address.exec(recipient)?.[1];
    const source = token ? await findEmailSource(ctx.database.db, token) : undefined;
    if (!source) return false;
    await ingestMentions(ctx, source, [mentionOfMail(mail)]);
    return true;
  },
};
