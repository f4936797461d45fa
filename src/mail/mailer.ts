import type { Transporter } from 'nodemailer';
import type { JobDefinition, JobQueue } from '../jobs/index.ts';
import type { Tx } from '../db/index.ts';
import { openMail, sealMail, type SealedMail } from './sealed.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, such as List-Unsubscribe for one-click unsubscribe. */
  headers?: Record<string, string>;
  /** Set when the sender wants to hear how delivery went (see `MailOutcome`). */
  track?: string;
}

/** How one tracked email went: handed to the SMTP server, or refused (a retry may follow). */
export interface MailOutcome {
  track: string;
  sent: boolean;
  detail: string;
}

/** A fact stated after every attempt to send a tracked email, in its own transaction. */
export const mailOutcomeFact = 'mail.outcome';

export interface MailSettings {
  smtpUrl: string | null;
  mailFrom: string;
  mailRetryLimit: number;
  mailRetryDelaySeconds: number;
}

export interface MailLog {
  info(object: object, message: string): void;
}

export const sendMailJob = 'mail.send';

/**
 * Emails leave only through this job, written in the transaction that decided to send them.
 * Without SMTP_URL they go to the log, so a fresh demo shows its reset links somewhere.
 */
export function mailJobDefinition(
  settings: MailSettings,
  secret: string,
  log: MailLog,
  report: (outcome: MailOutcome) => Promise<void> = async () => {},
): JobDefinition<SealedMail> {
  let transport: Promise<Transporter> | null = null;
  // nodemailer is loaded on the first email, not at start-up, where it would slow every start.
  const connect = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return settings.smtpUrl
      ? nodemailer.createTransport(settings.smtpUrl)
      : nodemailer.createTransport({ jsonTransport: true });
  };
  return {
    name: sendMailJob,
    retryLimit: settings.mailRetryLimit,
    retryDelaySeconds: settings.mailRetryDelaySeconds,
    handle: async (sealed) => {
      const mail = openMail(secret, sealed);
      transport ??= connect().catch((error: unknown) => {
        transport = null;
        throw error;
      });
      let info: { messageId: string };
      try {
        info = await (
          await transport
        ).sendMail({
          from: settings.mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.headers ? { headers: mail.headers } : {}),
        });
      } catch (error) {
        if (mail.track)
          await report({ track: mail.track, sent: false, detail: (error as Error).message.slice(0, 300) });
        throw error;
      }
      if (mail.track)
        await report({ track: mail.track, sent: true, detail: settings.smtpUrl ? '' : 'logged' });
      if (!settings.smtpUrl)
        log.info({ mail }, 'Email not sent (no SMTP_URL set): written to the log instead');
      else log.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, 'Email sent');
    },
  };
}

/** Queues an email in the caller's transaction: it is sent exactly when the change commits. */
export async function queueMail(
  deps: { jobs: JobQueue; secret: string },
  tx: Tx,
  mail: OutgoingMail,
): Promise<void> {
  await deps.jobs.send(tx, sendMailJob, sealMail(deps.secret, mail));
}
