import { defineErrors } from '../../core/errors.ts';

export const accountErrors = defineErrors({
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'That email and password do not match an account.' },
  AUTH_TOKEN_INVALID: { status: 401, message: 'The API token is unknown, revoked, or malformed.' },
  AUTH_ACCOUNT_SUSPENDED: { status: 403, message: 'This account is suspended.' },
  GROUP_NOT_FOUND: { status: 404, message: 'There is no such group.' },
  GROUP_SLUG_TAKEN: { status: 409, message: 'Another group already uses that address (slug).' },
  GROUP_MEMBER_NOT_FOUND: { status: 404, message: 'That person is not in this group.' },
  GROUP_USER_NOT_FOUND: { status: 404, message: 'There is no user with that id.' },
  AUTH_SIGNUP_INVITE_ONLY: {
    status: 403,
    message: 'Sign-up is by invitation only: enter a valid invitation code.',
  },
  AUTH_INVITATION_INVALID: {
    status: 400,
    message: 'That invitation code is unknown, or it was sent to another email address.',
  },
  AUTH_INVITATION_USED_UP: {
    status: 409,
    message: 'That invitation has already been used as many times as it allows. Ask for a new one.',
  },
  AUTH_INVITATION_EXPIRED: { status: 410, message: 'That invitation has expired. Ask for a new one.' },
  AUTH_INVITATION_REVOKED: { status: 410, message: 'That invitation was withdrawn. Ask for a new one.' },
  AUTH_EMAIL_TAKEN: {
    status: 409,
    message: 'An account with that email already exists. Sign in or reset your password.',
  },
  AUTH_LINK_INVALID: {
    status: 400,
    message: 'That link is unknown, already used, or expired. Ask for a new one.',
  },
  AUTH_CURRENT_PASSWORD_WRONG: { status: 400, message: 'The current password is not correct.' },
  USER_NOT_FOUND: { status: 404, message: 'There is no such user.' },
  USER_LAST_ADMIN: { status: 409, message: 'This is the last active admin: make someone else admin first.' },
  USER_SELF_SUSPEND: { status: 409, message: 'You cannot suspend your own account.' },
  SESSION_NOT_FOUND: { status: 404, message: 'There is no such session of yours.' },
  API_TOKEN_NOT_FOUND: { status: 404, message: 'There is no such API token of yours.' },
  INVITATION_NOT_FOUND: { status: 404, message: 'There is no such invitation still open.' },
  INVITATION_BATCH_NOT_FOUND: { status: 404, message: 'There is no such batch of invitation codes.' },
});

export const { raise: fail } = accountErrors;
