import nodemailer from 'nodemailer';
import type { JobDefinition } from '../jobs/index.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

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
export function mailJobDefinition(settings: MailSettings, log: MailLog): JobDefinition<OutgoingMail> {
  const transport = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    name: sendMailJob,
    retryLimit: settings.mailRetryLimit,
    retryDelaySeconds: settings.mailRetryDelaySeconds,
    handle: async (mail) => {
      const info = await transport.sendMail({
        from: settings.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      if (!settings.smtpUrl)
        log.info({ mail }, 'Email not sent (no SMTP_URL set): written to the log instead');
      else log.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, 'Email sent');
    },
  };
}
