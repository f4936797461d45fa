import type { AppContext } from '../../../context.ts';
import type { OutgoingMail } from '../../../mail/index.ts';
import { link } from '../effects.ts';

export function passwordResetMail(ctx: AppContext, to: string, name: string, token: string): OutgoingMail {
  return {
    to,
    subject: 'Reset your Hearth password',
    text: [
      `Hi ${name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your Hearth account.',
      `Choose a new password here within the next hour: ${link(ctx, `/reset-password?token=${token}`)}`,
      '',
      'If it was not you, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

export function verifyEmailMail(ctx: AppContext, to: string, name: string, token: string): OutgoingMail {
  return {
    to,
    subject: 'Confirm your email address for Hearth',
    text: [
      `Hi ${name},`,
      '',
      `Confirm this address by opening: ${link(ctx, `/verify-email?token=${token}`)}`,
    ].join('\n'),
  };
}

export function invitationMail(ctx: AppContext, to: string, inviter: string, code: string): OutgoingMail {
  return {
    to,
    subject: `${inviter} invited you to the community on Hearth`,
    text: [
      `Hello,`,
      '',
      `${inviter} invited you to join. Create your account here: ${link(ctx, `/signup?invite=${code}`)}`,
    ].join('\n'),
  };
}
