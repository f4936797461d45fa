import type { AppContext } from '../context.ts';
import { signUp } from '../modules/accounts/index.ts';
import { inventPerson } from './people.ts';

/**
 * Keeps the demo alive: new members keep joining through the real sign-up path, so admin pages
 * update live. Later capabilities add their own generated activity here.
 */
export function startDemoActivity(
  ctx: AppContext,
  everySeconds: number,
  log: { warn(o: object, m: string): void },
): () => void {
  if (everySeconds <= 0) return () => undefined;
  const timer = setInterval(() => {
    const person = inventPerson();
    signUp(
      ctx,
      { ...person, password: `demo-${crypto.randomUUID()}` },
      { ip: '192.0.2.10', userAgent: 'Hearth demo' },
    ).catch((error: unknown) => log.warn({ err: error }, 'demo activity failed'));
  }, everySeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
