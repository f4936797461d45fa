/** Drizzle wraps driver errors: the SQL state is on the error or on its cause. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current; depth++) {
    const candidate = current as { code?: string; constraint?: string; message?: string; cause?: unknown };
    if (candidate.code === '23505') {
      return (
        !constraint || candidate.constraint === constraint || (candidate.message ?? '').includes(constraint)
      );
    }
    current = candidate.cause;
  }
  return false;
}
