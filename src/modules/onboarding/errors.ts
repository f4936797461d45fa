import { defineErrors } from '../../core/errors.ts';

export const onboardingErrors = defineErrors({
  STORE_NOT_FOUND: { status: 404, message: 'There is no such store.' },
  STORE_GROUP_NOT_FOUND: { status: 404, message: 'There is no such group for the store’s purchasers.' },
  STORE_SIGNATURE_INVALID: {
    status: 401,
    message:
      'The order is not signed with this store’s secret (Hearth-Signature: t=<unix seconds>,v1=<HMAC-SHA256 hex of "t.body">).',
  },
  STORE_SIGNATURE_REPLAYED: {
    status: 409,
    message: 'This signed request was already received; sign each delivery anew (a retry gets a new t).',
  },
});

export const fail = onboardingErrors.raise;
