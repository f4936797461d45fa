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
  CONVERSATION_CHANGED: {
    status: 409,
    message: 'This conversation changed since you opened it (version). Reload it and make your change again.',
  },
  SNOOZE_NEEDS_TIME: { status: 422, message: 'Snoozing needs a time in the future (snoozedUntil).' },
  VIEW_NOT_FOUND: { status: 404, message: 'There is no such saved view of yours.' },
  VIEW_LIMIT_REACHED: { status: 409, message: 'You have 50 saved views: delete one to save another.' },
  SHIFT_NOT_FOUND: { status: 404, message: 'There is no such shift.' },
  SHIFT_NOT_TEAM_MEMBER: { status: 422, message: 'A shift is for a member of the team it names.' },
  ROUTER_TOO_FEW_EXAMPLES: {
    status: 422,
    message: 'The learned router needs at least 20 past conversations over 2 or more teams to learn from.',
  },
  CSAT_NOT_FOUND: { status: 404, message: 'This rating link is not valid.' },
  CSAT_ALREADY_ANSWERED: { status: 409, message: 'This conversation was already rated. Thank you!' },
});

export const fail = inboxErrors.raise;
