import { defineErrors } from '../../core/errors.ts';

export const ideaErrors = defineErrors({});

export const fail = ideaErrors.raise;
