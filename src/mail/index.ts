export { mailJobDefinition, sendMailJob, type OutgoingMail, type MailSettings } from './mailer.ts';
