import type { AppContext } from '../context.ts';
import { signUp } from '../modules/accounts/index.ts';
import { readSignupMode } from '../modules/system/index.ts';
import { DemoForumActivity, quietInbox } from './forum.ts';
import { DemoInboxActivity } from './inbox.ts';
import { DemoListeningActivity } from './listening.ts';
import { DemoIdeasActivity } from './ideas.ts';
import { DemoOnboardingActivity } from './onboarding.ts';
import { inventPerson } from './people.ts';

/** One new member joins through the real sign-up path, so admin pages update live. */
async function newMemberJoins(ctx: AppContext): Promise<void> {
  // An invite-only community gets no strangers: the demo respects the admin's setting.
  if ((await readSignupMode(ctx.database.db)) !== 'open') return;
  const person = inventPerson();
  const { user } = await signUp(
    ctx,
    { ...person, password: `demo-${crypto.randomUUID()}` },
    { ip: '192.0.2.10', userAgent: 'Hearth demo' },
  );
  await quietInbox(ctx, user.id);
}

/** Keeps the demo alive: people talk in the forum, customers write to support, the brand is mentioned, someone joins. */
export function startDemoActivity(
  ctx: AppContext,
  everySeconds: number,
  log: { warn(o: object, m: string): void },
): () => void {
  if (everySeconds <= 0) return () => undefined;
  const forum = new DemoForumActivity(ctx);
  const inbox = new DemoInboxActivity(ctx);
  const listening = new DemoListeningActivity(ctx);
  const ideas = new DemoIdeasActivity(ctx);
  const onboarding = new DemoOnboardingActivity(ctx);
  let tick = 0;
  let busy = false;
  const timer = setInterval(() => {
    // A slow step (a cold database) must not pile up behind itself.
    if (busy) return;
    busy = true;
    // Eight beats: the forum talks, a customer writes (or is answered), someone mentions Lumo, the
    // forum again, someone joins, another mention, someone buys at the Lumo shop, someone votes for an idea.
    const beat = tick++ % 8;
    const step = [forum, inbox, listening, forum, null, listening, onboarding, ideas][beat];
    (step ? step.step() : newMemberJoins(ctx))
      .catch((error: unknown) => log.warn({ err: error }, 'demo activity failed'))
      .finally(() => {
        busy = false;
      });
  }, everySeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
