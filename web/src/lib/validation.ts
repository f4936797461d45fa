export const MIN_PASSWORD_LENGTH = 10;

/** Client-side checks of a new password: messages keyed `password` and `confirmation`. */
export function checkNewPassword(password: string, confirmation?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (confirmation !== undefined && confirmation !== password) {
    errors.confirmation = 'The two passwords do not match.';
  }
  return errors;
}

/** Only same-site paths are followed after sign-in (no `//evil.example` or `https://…`). */
export function safeNextPath(next: string | null | undefined, fallback = '/inbox'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from the address is an id the server could know (a UUID). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
