import { defineErrors } from '../../core/errors.ts';

export const inboxErrors = defineErrors({
  CONVERSATION_NOT_FOUND: { status: 404, message: 'There is no such conversation.' },
  TEAM_NOT_FOUND: { status: 404, message: 'There is no such team.' },
  TEAM_MEMBER_NOT_AGENT: {
    status: 422,
    message: 'Only agents, managers and admins can be team members or receive conversations.',
  },
  RULE_NOT_FOUND: { status: 404, message: 'There is no such routing rule.' },
  RULE_REFERENCE_MISSING: {
    status: 422,
    message: 'The rule refers to a team, person or SLA policy that does not exist.',
  },
  SLA_POLICY_NOT_FOUND: { status: 404, message: 'There is no such SLA policy.' },
  SAVED_REPLY_NOT_FOUND: { status: 404, message: 'There is no such saved reply.' },
  CHANNEL_NOT_FOUND: { status: 404, message: 'There is no such inbox channel.' },
  CHANNEL_SIGNATURE_INVALID: {
    status: 401,
    message: 'The request is not signed with this channel’s secret (Hearth-Signature: t=…,v1=…).',
  },
  CHANNEL_SIGNATURE_REPLAYED: { status: 409, message: 'This signed request was already received.' },
  CHANNEL_CANNOT_REPLY: { status: 409, message: 'Replies cannot be sent into this conversation’s channel.' },
  REPLY_COLLISION: {
    status: 409,
    message: 'Someone else replied since you opened the conversation. Read it, then send again to confirm.',
  },
  SNOOZE_NEEDS_TIME: { status: 422, message: 'Snoozing needs a time in the future (snoozedUntil).' },
  CSAT_NOT_FOUND: { status: 404, message: 'This rating link is not valid.' },
  CSAT_ALREADY_ANSWERED: { status: 409, message: 'This conversation was already rated. Thank you!' },
});

export const fail = inboxErrors.raise;
