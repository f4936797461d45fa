import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { AppContext } from '../../../context.ts';
import type { ModuleLog } from '../../../http/module.ts';
import { receiveEmail } from '../use-cases/receive-email.ts';

export interface InboundSmtp {
  port: number;
  stop(): Promise<void>;
}

/**
 * Hearth's own SMTP listener: point an MX record or a forwarding rule at it. Each message is
 * stored (or kept raw) before the 250 reply, so a sender only hears "accepted" for what is saved;
 * a failure answers 451 and the sending server tries again later.
 */
export async function startInboundSmtp(ctx: AppContext, log: ModuleLog): Promise<InboundSmtp> {
  const maxBytes = ctx.config.inboundMailMaxBytes;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    banner: 'Hearth inbox',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error(`Message larger than ${maxBytes} bytes`), { responseCode: 552 }));
          return;
        }
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
        const recipients = session.envelope.rcptTo.map((to) => to.address);
        receiveEmail(ctx, {
          raw: Buffer.concat(chunks),
          remoteAddress: session.remoteAddress,
          envelopeFrom,
          recipients,
        })
          .then(() => callback())
          .catch((error: unknown) => {
            log.error({ err: error }, 'Inbound email could not be stored; the sender will retry');
            callback(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  server.on('error', (error) => log.warn({ err: error }, 'Inbound SMTP listener error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(ctx.config.inboundSmtpPort, ctx.config.inboundSmtpHost, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ port }, 'Inbound SMTP listening');
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
