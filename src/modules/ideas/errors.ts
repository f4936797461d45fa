import { defineErrors } from '../../core/errors.ts';

export const ideaErrors = defineErrors({
  IDEA_BOARD_NOT_FOUND: { status: 404, message: 'There is no such ideas board.' },
  IDEA_NOT_FOUND: { status: 404, message: 'There is no such idea.' },
  IDEA_VOTE_BUDGET_SPENT: {
    status: 409,
    message: 'You have used all your votes on this board: take one back from another open idea first.',
  },
  IDEA_CLOSED: { status: 409, message: 'This idea is shipped or declined: it takes no more votes.' },
  IDEA_STATUS_UNCHANGED: {
    status: 409,
    message: 'The idea already has this status and response: nothing to change.',
  },
  IDEA_MERGE_SELF: { status: 409, message: 'An idea cannot be merged into itself.' },
  IDEA_ALREADY_MERGED: { status: 409, message: 'This idea was already merged into another one.' },
  IDEA_MERGE_OTHER_BOARD: { status: 409, message: 'Only ideas on the same board can be merged.' },
  IDEA_SOURCE_NOT_FOUND: {
    status: 404,
    message: 'There is no such conversation, mention or post, or you may not read it.',
  },
  IDEA_SOURCE_NO_PERSON: {
    status: 409,
    message: 'Hearth cannot tell who said this (no account, email, phone or handle): capture it by hand.',
  },
  IDEA_SEGMENT_NOT_FOUND: { status: 404, message: 'There is no such member segment.' },
});

export const fail = ideaErrors.raise;
