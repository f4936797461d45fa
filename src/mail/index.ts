export {
  mailJobDefinition,
  mailOutcomeFact,
  queueMail,
  sendMailJob,
  type MailOutcome,
  type OutgoingMail,
  type MailSettings,
} from './mailer.ts';
