import { defineErrors } from '../../core/errors.ts';

export const forumErrors = defineErrors({
  THREAD_NOT_FOUND: { status: 404, message: 'There is no such thread.' },
  POST_NOT_FOUND: { status: 404, message: 'There is no such post.' },
  REPLY_FORBIDDEN: { status: 403, message: 'You cannot reply in this space.' },
  EDIT_FORBIDDEN: {
    status: 403,
    message: 'You can edit your own posts (unless the thread is locked); moderators can edit any.',
  },
  MODERATION_FORBIDDEN: { status: 403, message: 'Only moderators of this space can do that.' },
  STAFF_ONLY: { status: 403, message: 'Only staff can do that.' },
  ACCEPT_FORBIDDEN: {
    status: 403,
    message: 'Only the asker, staff and moderators choose the accepted answer.',
  },
  HELPFUL_FORBIDDEN: { status: 403, message: 'Sign in to mark replies as helpful.' },
  FLAG_FORBIDDEN: { status: 403, message: 'Guests cannot flag posts.' },
  THREAD_LOCKED: { status: 409, message: 'This thread is locked: only moderators can post in it.' },
  THREAD_CLOSED: { status: 409, message: 'This thread is closed to new replies.' },
  NOT_A_QUESTION: { status: 409, message: 'Only threads in a questions space have an accepted answer.' },
  ANSWER_IS_QUESTION: { status: 409, message: 'The question itself cannot be its own answer.' },
  OWN_POST_HELPFUL: { status: 409, message: 'You cannot mark your own post as helpful.' },
  OFFICIAL_NEEDS_STAFF_POST: {
    status: 409,
    message: 'Only a reply written by staff can be the official response.',
  },
  ALREADY_PRIVATE: { status: 409, message: 'This conversation is already private.' },
  SANDBOX_LIMIT: {
    status: 422,
    message:
      'New members can use a few links and mentions per post, and no images, until they have been here a while.',
  },
  SANDBOX_RATE: { status: 429, message: 'New members can post a few times an hour. Please wait a little.' },
  DIRECT_MESSAGES_OFF: { status: 403, message: 'Direct messages to this person are not open to you.' },
  PERSON_NOT_FOUND: { status: 404, message: 'There is nobody with that handle.' },
  RECIPIENT_NOT_FOUND: { status: 404, message: 'There is no active member with that handle.' },
  ALREADY_FLAGGED: {
    status: 409,
    message: 'You have already flagged this post; a moderator will look at it.',
  },
  FLAG_NOT_FOUND: { status: 404, message: 'This post has no open flags.' },
});

export const { raise: fail } = forumErrors;
