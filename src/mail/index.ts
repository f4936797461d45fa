export { mailJobDefinition, queueMail, sendMailJob, type OutgoingMail, type MailSettings } from './mailer.ts';
