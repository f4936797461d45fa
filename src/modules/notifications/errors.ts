import { defineErrors } from '../../core/errors.ts';

export const notificationErrors = defineErrors({
  UNSUBSCRIBE_LINK_INVALID: {
    status: 400,
    message: 'This unsubscribe link is not valid. Change your email settings under Account › Notifications.',
  },
});

export const { raise: fail } = notificationErrors;
