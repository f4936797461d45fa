import { defineErrors } from '../../core/errors.ts';

export const spaceErrors = defineErrors({
  SPACE_NOT_FOUND: { status: 404, message: 'There is no such space.' },
  SPACE_SLUG_TAKEN: { status: 409, message: 'Another space already uses that address (slug).' },
  SPACE_GROUP_UNKNOWN: { status: 400, message: 'An audience names a group that does not exist.' },
  SPACE_MODERATOR_NOT_FOUND: { status: 404, message: 'That person does not moderate this space.' },
});

export const { raise: fail } = spaceErrors;
