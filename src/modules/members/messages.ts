import { createHmac, timingSafeEqual } from 'node:crypto';

/** What staff send a member outside a conversation, and how the member is reached. */
export const messageKinds = ['greeting', 'outreach', 'review_request', 'campaign'] as const;
export type MessageKind = (typeof messageKinds)[number];
export const messageChannels = ['email', 'dm'] as const;
export type MessageChannel = (typeof messageChannels)[number];

/** The prefix a tracked email carries so the mail job's report finds its message again. */
export const trackPrefix = 'member-message:';

export function optOutToken(secret: string, memberId: string): string {
  return createHmac('sha256', secret).update(`member-opt-out:${memberId}`).digest('base64url');
}

export function optOutTokenValid(secret: string, memberId: string, token: string): boolean {
  const expected = Buffer.from(optOutToken(secret, memberId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** "Hi {name}" in a message becomes the member's first name, so one text greets everyone. */
export function personalise(text: string, name: string): string {
  const first = name.replace(/^@/, '').split(/\s+/)[0] ?? '';
  return text.replace(/\{name\}/g, first || 'there');
}
