// The texts a greeting and an outreach message start from: `{name}` becomes the member's first name
// on the server, so one text fits everyone.
import type { MessageKind } from '../../../api/members-outreach.ts';

export interface MessageTemplate {
  subject: string;
  body: string;
}

/** A friendly welcome, naming what they did first when Hearth saw something. */
function greeting(sender: string, firstDid: string | null): MessageTemplate {
  const seen = firstDid
    ? `I saw “${firstDid}” — thanks for jumping in so quickly.`
    : 'It’s good to have you here.';
  return {
    subject: 'Welcome to the community, {name}!',
    body: [
      'Hi {name},',
      '',
      `Welcome! I’m ${sender} from the team. ${seen}`,
      '',
      'If you have a question, ask it in the community: people here are glad to help, and so are we. And if anything gets in your way, just reply to this message.',
      '',
      'See you around,',
      sender,
    ].join('\n'),
  };
}

/** Thanks for helping others, and an invitation to the beta and advocate programme. */
function outreach(sender: string): MessageTemplate {
  return {
    subject: 'Thank you, {name}',
    body: [
      'Hi {name},',
      '',
      `I’m ${sender} from the team. You’ve been answering other members’ questions, and people notice: thank you for helping so many of them.`,
      '',
      'We’d love to have you in our advocate programme: early access to betas, a direct line to the product team, and a say in what we build next. Would you like to join?',
      '',
      'Thanks again,',
      sender,
    ].join('\n'),
  };
}

export function messageTemplate(kind: MessageKind, sender: string, firstDid: string | null): MessageTemplate {
  return kind === 'greeting' ? greeting(sender, firstDid) : outreach(sender);
}
