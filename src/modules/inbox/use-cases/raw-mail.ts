import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { inboxPolicy } from '../policy.ts';
import { listRawInbound } from '../queries/raw-inbound.ts';

export interface RawMailDto {
  id: string;
  envelopeFrom: string | null;
  remoteAddress: string | null;
  error: string;
  bytes: number;
  /** The message as received (decoded as Latin-1 so every byte shows), for an admin to read or re-send. */
  raw: string;
  receivedAt: string;
}

/** Inbound mail Hearth could not read: nothing sent to us is lost, and admins can see why. */
export async function listRawMail(ctx: AppContext, actor: Actor | null): Promise<RawMailDto[]> {
  inboxPolicy.authorize(actor, 'readRawMail');
  return (await listRawInbound(ctx.database.db, 100)).map((row) => {
    const bytes = Buffer.from(row.rawBase64, 'base64');
    return {
      id: row.id,
      envelopeFrom: row.envelopeFrom,
      remoteAddress: row.remoteAddress,
      error: row.error,
      bytes: bytes.length,
      raw: bytes.toString('latin1'),
      receivedAt: row.receivedAt.toISOString(),
    };
  });
}
