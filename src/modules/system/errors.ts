import { defineErrors } from '../../core/errors.ts';

export const systemErrors = defineErrors({
  JOB_NOT_FOUND: { status: 404, message: 'There is no failed job with that id.' },
});
