import { defineErrors } from '../../core/errors.ts';

export const memberErrors = defineErrors({
  MEMBER_NOT_FOUND: { status: 404, message: 'There is no such member.' },
  MEMBER_MERGE_SELF: { status: 409, message: 'A member cannot be merged into themselves.' },
  MEMBER_MERGE_NOT_FOUND: { status: 404, message: 'There is no such merge.' },
  MEMBER_MERGE_UNDONE: { status: 409, message: 'This merge was already undone.' },
  MEMBER_SEGMENT_NOT_FOUND: { status: 404, message: 'There is no such segment.' },
  MEMBER_ALREADY_GREETED: { status: 409, message: 'Someone on staff greeted this member already.' },
  MEMBER_UNREACHABLE: {
    status: 422,
    message:
      'There is no way to reach this member that way (no email address, or no account for a direct message).',
  },
  MEMBER_CAMPAIGN_NOT_FOUND: { status: 404, message: 'There is no such campaign.' },
  MEMBER_CAMPAIGN_EMPTY: {
    status: 422,
    message: 'Nobody matches this segment and filter: there is no one to send to.',
  },
  MEMBER_CAMPAIGN_TOO_LARGE: {
    status: 422,
    message: 'A campaign reaches at most 5,000 members: narrow the segment or the filter.',
  },
  MEMBER_OPT_OUT_LINK_INVALID: {
    status: 400,
    message: 'This link to stop messages is not valid (it may be incomplete).',
  },
  MEMBER_SEGMENT_NAME_TAKEN: { status: 409, message: 'A segment of this name already exists.' },
});

export const fail = memberErrors.raise;
