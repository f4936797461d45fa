import { defineErrors } from '../../core/errors.ts';

export const listeningErrors = defineErrors({
  SOURCE_NOT_FOUND: { status: 404, message: 'There is no such listening source.' },
  SOURCE_KIND_MISMATCH: { status: 409, message: 'This source is of another kind.' },
  SOURCE_ARCHIVED: { status: 409, message: 'This source is archived; restore it first.' },
  SOURCE_SIGNATURE_INVALID: {
    status: 401,
    message: 'The request is not signed with this source’s secret (Hearth-Signature: t=…,v1=…).',
  },
  SOURCE_SIGNATURE_REPLAYED: { status: 409, message: 'This signed request was already received.' },
  FEED_URL_INVALID: { status: 400, message: 'The feed address is not usable.' },
  WATCH_RULE_NOT_FOUND: { status: 404, message: 'There is no such watch rule.' },
  WATCH_QUERY_INVALID: { status: 400, message: 'The watch query cannot be read.' },
  MENTION_NOT_FOUND: { status: 404, message: 'There is no such mention.' },
  ALERT_NOT_FOUND: { status: 404, message: 'There is no such alert.' },
  IMPORT_FORMAT_UNKNOWN: {
    status: 400,
    message: 'Send a CSV file (text/csv) or JSON lines (application/x-ndjson).',
  },
  IMPORT_TOO_LARGE: {
    status: 413,
    message: 'The import is larger than the limit; split it into smaller files.',
  },
  CRISIS_NOT_FOUND: { status: 404, message: 'There is no such crisis room.' },
  CRISIS_CLOSED: {
    status: 409,
    message: 'This crisis room is closed; open a new one if it flares up again.',
  },
  CRISIS_CHANGED: {
    status: 409,
    message: 'This crisis room changed since you opened it (version). Reload it and make your change again.',
  },
  CRISIS_MEMBER_NOT_STAFF: { status: 422, message: 'Only agents, managers and admins can be on deck.' },
  STATEMENT_NOT_FOUND: { status: 404, message: 'There is no such holding statement.' },
  STATEMENT_WRONG_STAGE: {
    status: 409,
    message:
      'A statement is drafted, then approved by a manager, then published; this one is at another stage.',
  },
  STATEMENT_NO_ANNOUNCEMENTS: {
    status: 409,
    message: 'There is no announcements space to publish in; an admin can add one in Admin › Spaces.',
  },
  OUTREACH_ALREADY: { status: 409, message: 'Someone already reached out to this person.' },
  OUTREACH_NO_ROUTE: {
    status: 422,
    message:
      'There is no way to reach this person like that: email needs their address, a direct message their account.',
  },
  OUTREACH_NOT_FOUND: { status: 404, message: 'There is no such outreach.' },
  IMPORT_HEADER_INVALID: { status: 400, message: 'The CSV header needs a text column.' },
});
export const fail = listeningErrors.raise;
