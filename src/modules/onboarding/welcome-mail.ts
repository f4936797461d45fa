import type { OutgoingMail } from '../../mail/index.ts';

/** A purchaser Hearth has not met as an account: thanks, and a personal invitation to join. */
export function invitedWelcomeMail(
  to: string,
  purchase: { name: string; store: string; url: string; expiresAt: Date; groupName: string | null },
): OutgoingMail {
  return {
    to,
    subject: `Welcome! Join the community of ${purchase.store}`,
    text: [
      `Hi ${purchase.name},`,
      '',
      `Thank you for your purchase at ${purchase.store}. You are invited to join our community:`,
      'ask questions, share tips and meet the people behind the product.',
      '',
      `Create your account here: ${purchase.url}`,
      `(This invitation is personal, works once, and is valid until ${purchase.expiresAt.toDateString()}.)`,
      ...(purchase.groupName
        ? ['', `You will be in the group "${purchase.groupName}" as soon as you sign up.`]
        : []),
    ].join('\n'),
  };
}

/** A purchaser who already has an account: the purchase is on their profile now. */
export function linkedWelcomeMail(to: string, purchase: { name: string; store: string }): OutgoingMail {
  return {
    to,
    subject: `Thanks for your purchase at ${purchase.store}`,
    text: [
      `Hi ${purchase.name},`,
      '',
      `Thank you for your purchase at ${purchase.store}. It is now linked to your community account,`,
      'so the team can see you are a verified customer when you ask for help.',
    ].join('\n'),
  };
}
