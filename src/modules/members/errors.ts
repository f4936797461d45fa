import { defineErrors } from '../../core/errors.ts';

export const memberErrors = defineErrors({
  MEMBER_NOT_FOUND: { status: 404, message: 'There is no such member.' },
  MEMBER_MERGE_SELF: { status: 409, message: 'A member cannot be merged into themselves.' },
  MEMBER_MERGE_NOT_FOUND: { status: 404, message: 'There is no such merge.' },
  MEMBER_MERGE_UNDONE: { status: 409, message: 'This merge was already undone.' },
  MEMBER_SEGMENT_NOT_FOUND: { status: 404, message: 'There is no such segment.' },
  MEMBER_SEGMENT_NAME_TAKEN: { status: 409, message: 'A segment of this name already exists.' },
});

export const fail = memberErrors.raise;
