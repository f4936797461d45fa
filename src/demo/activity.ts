import type { AppContext } from '../context.ts';
import { signUp } from '../modules/accounts/index.ts';
import { readSignupMode } from '../modules/system/index.ts';
import { inventPerson } from './people.ts';

/** One new member joins through the real sign-up path, so admin pages update live. */
async function newMemberJoins(ctx: AppContext): Promise<void> {
  // An invite-only community gets no strangers: the demo respects the admin's setting.
  if ((await readSignupMode(ctx.database.db)) !== 'open') return;
  const person = inventPerson();
  await signUp(
    ctx,
    { ...person, password: `demo-${crypto.randomUUID()}` },
    { ip: '192.0.2.10', userAgent: 'Hearth demo' },
  );
}

/** Keeps the demo alive. Later capabilities add their own generated activity here. */
export function startDemoActivity(
  ctx: AppContext,
  everySeconds: number,
  log: { warn(o: object, m: string): void },
): () => void {
  if (everySeconds <= 0) return () => undefined;
  const timer = setInterval(() => {
    newMemberJoins(ctx).catch((error: unknown) => log.warn({ err: error }, 'demo activity failed'));
  }, everySeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
