import type { AppContext } from '../context.ts';
import type { Actor } from '../core/actor.ts';
import { actorOf, userCardsByRoles } from '../modules/accounts/index.ts';
import {
  addCrisisNote,
  checkSpikes,
  createRule,
  draftStatement,
  listAlertDtos,
  openCrisis,
  createSource,
  findSourceByKindAndName,
  importSource,
  ingestMentions,
  updateWatchRule,
  type IncomingMention,
  type SourceRow,
} from '../modules/listening/index.ts';
import {
  crisisMentions,
  everydayMentions,
  handles,
  pickWeighted,
  seededRandom,
  type MentionTemplate,
} from './listening-script.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** The brand team's watch list: Lumo and its products, two competitors, two recurring topics. */
const demoRules = [
  { name: 'Lumo', category: 'brand', query: 'lumo OR @lumohelp OR #lumo', answers: true },
  { name: 'Lumo One', category: 'product', query: '"lumo one"', answers: true },
  { name: 'Lumo app', category: 'product', query: 'lumo AND app', answers: true },
  { name: 'Brightwave', category: 'competitor', query: 'brightwave', answers: false },
  { name: 'Netaro', category: 'competitor', query: 'netaro', answers: false },
  { name: 'Billing', category: 'topic', query: 'refund OR "charged twice" OR invoice', answers: false },
] as const;

/** More is said in the evening than at night, a little less at weekends. */
function perHalfHour(at: Date, random: () => number): number {
  const hourOfDay = at.getUTCHours();
  const base = hourOfDay < 6 ? 0.2 : hourOfDay < 17 ? 1 : 1.5;
  const weekend = at.getUTCDay() % 6 === 0 ? 0.7 : 1;
  return Math.floor(base * weekend * 2 * random() + random());
}

function mentionOf(template: MentionTemplate, at: Date, random: () => number, n: number): IncomingMention {
  const handle = handles[Math.floor(random() * handles.length)] ?? 'someone';
  return {
    externalId: `demo-${at.getTime()}-${n}`,
    text: template.text,
    author: { handle, name: null },
    platform: template.platform,
    url: `https://${template.platform}.example/${handle}/${at.getTime().toString(36)}${n}`,
    publishedAt: at,
  };
}

/** A week of everyday mentions, then the last half hour: the Lumo One overheating after an update. */
function history(now: number, random: () => number): IncomingMention[] {
  const mentions: IncomingMention[] = [];
  for (let slot = now - 7 * day; slot < now - 45 * minute; slot += 30 * minute) {
    const count = perHalfHour(new Date(slot), random);
    for (let i = 0; i < count; i += 1) {
      const at = new Date(slot + random() * 30 * minute);
      mentions.push(mentionOf(pickWeighted(everydayMentions, random), at, random, mentions.length));
    }
  }
  for (let i = 0; i < 40; i += 1) {
    const at = new Date(now - 30 * minute + Math.sqrt(i / 40) * 29 * minute);
    mentions.push(mentionOf(pickWeighted(crisisMentions, random), at, random, mentions.length));
  }
  return mentions;
}

async function managerOf(ctx: AppContext): Promise<Actor | null> {
  const [card] = await userCardsByRoles(ctx.database.db, ['manager']);
  return card ? actorOf(card) : null;
}

/**
 * Listening for the demo: watch rules, a social webhook and a reviews import, a week of history
 * through the real ingest path (kept out of the inbox: it is old news), the overheating crisis
 * of the last half hour, and the detector's first look, which raises its alert.
 */
export async function seedDemoListening(ctx: AppContext): Promise<void> {
  const manager = await managerOf(ctx);
  if (!manager) return;
  const rules = [];
  for (const { answers: _answers, ...rule } of demoRules)
    rules.push(await createRule(ctx, manager, { ...rule, inbox: 'never' }));
  await createSource(ctx, manager, { kind: 'webhook', name: 'Social monitor', platform: 'twitter' });
  const reviews = await importSource(ctx, 'Review sites export', 'reviews');
  const social = await demoSocialSource(ctx);
  if (!social) return;
  const mentions = history(ctx.clock.now().getTime(), seededRandom(7));
  for (let i = 0; i < mentions.length; i += 500) {
    const batch = mentions.slice(i, i + 500);
    await ingestMentions(
      ctx,
      social,
      batch.filter((mention) => mention.platform !== 'reviews'),
    );
    await ingestMentions(
      ctx,
      reviews,
      batch.filter((mention) => mention.platform === 'reviews'),
    );
  }
  // From now on, what Lumo's customers say that needs an answer goes to the inbox.
  for (const [i, rule] of rules.entries())
    if (demoRules[i]?.answers) await updateWatchRule(ctx, manager, rule.id, { inbox: 'needs_answer' });
  await checkSpikes(ctx);
  await openDemoCrisis(ctx, manager);
}

/** The manager has already opened a room for the overheating, with a statement waiting for approval. */
async function openDemoCrisis(ctx: AppContext, manager: Actor): Promise<void> {
  const alerts = await listAlertDtos(ctx, manager, { status: 'open', limit: 10 });
  const alert = alerts.find((candidate) => candidate.label === '"Lumo One"') ?? alerts[0];
  if (!alert) return;
  const room = await openCrisis(ctx, manager, {
    title: 'Lumo One overheating after firmware 5.1',
    alertId: alert.id,
  });
  await addCrisisNote(ctx, manager, room.id, {
    text: 'Engineering is checking the 5.1 fan curve. Pausing the rollout; support should ask for serial numbers.',
    version: room.version,
  });
  await draftStatement(ctx, manager, room.id, {
    body: 'We know some Lumo One thermostats run warm after update 5.1. We have paused the update and are working on a fix; if yours feels hot, unplug it and write to us. We will post an update here within two hours.',
  });
}

function demoSocialSource(ctx: AppContext): Promise<SourceRow | undefined> {
  return findSourceByKindAndName(ctx.database.db, 'webhook', 'Social monitor');
}

/** A mention or two arrives every few beats, now and then still about the overheating. */
export class DemoListeningActivity {
  private tick = 0;
  private readonly random = seededRandom(Date.now() % 100_000);

  constructor(private readonly ctx: AppContext) {}

  async step(): Promise<void> {
    const source = await demoSocialSource(this.ctx);
    if (!source) return;
    const n = this.tick++;
    const templates = n % 5 === 4 ? crisisMentions : everydayMentions;
    const now = this.ctx.clock.now();
    const mentions = [mentionOf(pickWeighted(templates, this.random), now, this.random, n)];
    await ingestMentions(this.ctx, source, mentions);
  }
}
