import { defineErrors } from '../../core/errors.ts';

export const privacyErrors = defineErrors({
  PRIVACY_SUBJECT_NOT_FOUND: { status: 404, message: 'There is no such member.' },
  PRIVACY_STAFF_SELF_ERASURE: {
    status: 409,
    message:
      'Staff accounts are not erased by their owners: ask an admin (the work you did stays attributed).',
  },
  PRIVACY_CONFIRMATION_MISMATCH: { status: 400, message: 'Type ERASE to confirm: erasure cannot be undone.' },
});

export const fail = privacyErrors.raise;
