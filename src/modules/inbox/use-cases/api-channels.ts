import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { textToHtml } from '../../../core/text.ts';
import { fail } from '../errors.ts';
import { inboxPolicy } from '../policy.ts';
import {
  findApiChannel,
  insertApiChannel,
  listApiChannels,
  rememberSignature,
  setSecrets,
  type ApiChannelRow,
} from '../queries/api-channels.ts';
import { verifySignature } from '../signature.ts';
import { ingestMessage, type IngestResult } from './ingest-message.ts';

/** Five minutes either way, as most webhook senders use; replays inside it are caught by the digest store. */
export const toleranceSeconds = 300;

export const apiMessageSchema = z.object({
  conversationId: z.string().trim().min(1).max(200),
  messageId: z.string().trim().min(1).max(200),
  subject: z.string().trim().max(300).default(''),
  text: z.string().min(1, 'The message has no text.').max(50_000),
  at: z.iso.datetime({ offset: true }).optional(),
  from: z.object({
    id: z.string().trim().max(200).optional(),
    name: z.string().trim().max(200).optional(),
    address: z.string().trim().max(320).optional(),
  }),
  /** out: the source's own agent answered (imports of past conversations, a helpdesk mirror). */
  direction: z.enum(['in', 'out']).default('in'),
  automated: z.boolean().default(false),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]),
});
export type ApiMessage = z.infer<typeof apiMessageSchema>;

export interface ApiChannelDto {
  id: string;
  name: string;
  createdAt: string;
  secretCount: number;
  /** Shown once, when created or rotated. */
  secret?: string;
}

function toDto(row: ApiChannelRow, secret?: string): ApiChannelDto {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    secretCount: row.secrets.length,
    ...(secret ? { secret } : {}),
  };
}

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

export async function listChannels(ctx: AppContext, actor: Actor | null): Promise<ApiChannelDto[]> {
  inboxPolicy.authorize(actor, 'configure');
  return (await listApiChannels(ctx.database.db)).map((row) => toDto(row));
}

export async function createChannel(
  ctx: AppContext,
  actor: Actor | null,
  name: string,
): Promise<ApiChannelDto> {
  inboxPolicy.authorize(actor, 'configure');
  const secret = newSecret();
  const row = await ctx.database.transaction((tx) =>
    insertApiChannel(tx.db, { id: newId(), name, secrets: [secret], createdAt: ctx.clock.now() }),
  );
  return toDto(row, secret);
}

/** A new secret signs from now on; the previous one keeps working until the next rotation. */
export async function rotateSecret(ctx: AppContext, actor: Actor | null, id: string): Promise<ApiChannelDto> {
  inboxPolicy.authorize(actor, 'configure');
  const secret = newSecret();
  return ctx.database.transaction(async (tx) => {
    const channel = await findApiChannel(tx.db, id);
    if (!channel) throw fail.CHANNEL_NOT_FOUND();
    return toDto(await setSecrets(tx.db, id, [secret, ...channel.secrets.slice(0, 1)]), secret);
  });
}

/** Checks the signature before anything is parsed or stored; the same failure for unknown channels. */
export async function checkApiSignature(
  ctx: AppContext,
  channelId: string,
  header: string | undefined,
  rawBody: string,
): Promise<string> {
  const channel = await findApiChannel(ctx.database.db, channelId);
  const check = verifySignature({
    header,
    rawBody,
    secrets: channel?.secrets ?? [],
    nowMs: ctx.clock.now().getTime(),
    toleranceSeconds,
  });
  if (!channel || !check.ok)
    throw fail.CHANNEL_SIGNATURE_INVALID(
      check.ok
        ? {}
        : { message: `The request signature is not valid (${check.reason.replaceAll('_', ' ')}).` },
    );
  return check.digest;
}

/** Stored (with the signature remembered) before the 202 leaves; the same message twice is one item. */
export async function receiveApiMessage(
  ctx: AppContext,
  channelId: string,
  digest: string,
  message: ApiMessage,
): Promise<IngestResult> {
  return ctx.database.transaction(async (tx) => {
    if (!(await rememberSignature(tx.db, `${channelId}:${digest}`, ctx.clock.now())))
      throw fail.CHANNEL_SIGNATURE_REPLAYED();
    return ingestMessage(tx, ctx, {
      channel: 'api',
      conversationRef: `${channelId}:${message.conversationId}`,
      externalId: `api:${channelId}:${message.messageId}`,
      subject: message.subject || message.text.slice(0, 80),
      text: message.text,
      html: textToHtml(message.text),
      from: {
        memberId: null,
        name: message.from.name ?? message.from.id ?? null,
        address: message.from.address ?? null,
      },
      at: message.at ? new Date(message.at) : ctx.clock.now(),
      direction: message.direction,
      automated: message.automated,
      opens: true,
      context: { tags: message.tags },
    });
  });
}
