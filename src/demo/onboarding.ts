import type { AppContext, RequestMeta } from '../context.ts';
import type { Actor } from '../core/actor.ts';
import {
  actorOf,
  createInvitation,
  createInvitationBatch,
  findUserById,
  userCardsByRoles,
} from '../modules/accounts/index.ts';
import { createStore, findStoreByName, recordOrder, type OrderInput } from '../modules/onboarding/index.ts';
import { seededRandom } from './listening-script.ts';
import { inventPerson, pick } from './people.ts';

const demoMeta: RequestMeta = { ip: '192.0.2.10', userAgent: 'Hearth demo' };
const storeName = 'Lumo shop';
const countries = ['NL', 'DE', 'BE', 'FR', 'SE', 'DK', 'GB', 'PT'];

/** What the Lumo shop sells, at its prices in cents. */
const products: readonly { name: string; cents: number; weight: number }[] = [
  { name: 'Lumo One', cents: 14_900, weight: 5 },
  { name: 'Lumo Duo', cents: 21_900, weight: 3 },
  { name: 'Lumo Care (1 year)', cents: 3_900, weight: 2 },
  { name: 'Lumo room sensor', cents: 2_900, weight: 3 },
];

function basket(random: () => number): { items: OrderInput['items']; cents: number } {
  const weighted = products.flatMap((product) => Array.from({ length: product.weight }, () => product));
  const first = pick(weighted, random);
  const extra = random() < 0.35 ? pick(products, random) : null;
  const chosen = extra && extra.name !== first.name ? [first, extra] : [first];
  const items = chosen.map((product) => ({
    name: product.name,
    quantity: product.name === 'Lumo room sensor' ? 1 + Math.floor(random() * 3) : 1,
  }));
  const cents = items.reduce(
    (sum, item) => sum + item.quantity * (products.find((p) => p.name === item.name)?.cents ?? 0),
    0,
  );
  return { items, cents };
}

async function adminOf(ctx: AppContext): Promise<Actor | null> {
  const [card] = await userCardsByRoles(ctx.database.db, ['admin']);
  return card ? actorOf(card) : null;
}

/** Some demo members bought one too: their purchase links to their account's member. */
async function memberBuyers(ctx: AppContext): Promise<{ name: string; email: string }[]> {
  const cards = await userCardsByRoles(ctx.database.db, ['member']);
  const buyers = [];
  for (const card of cards.slice(0, 10)) {
    const user = await findUserById(ctx.database.db, card.id);
    if (user) buyers.push({ name: user.name, email: user.email });
  }
  return buyers;
}

function demoOrder(
  buyer: { name: string; email: string },
  orderId: string,
  at: Date,
  random: () => number,
): OrderInput {
  const { items, cents } = basket(random);
  return {
    orderId,
    email: buyer.email,
    name: buyer.name,
    country: pick(countries, random),
    items,
    amountCents: cents,
    currency: 'EUR',
    purchasedAt: at.toISOString(),
  };
}

/**
 * Onboarding for the demo: the Lumo shop with six weeks of orders (some by members, most by
 * newcomers, who get their welcome invitation), a newsletter invitation link and a batch of codes
 * printed in Lumo One boxes.
 */
export async function seedDemoOnboarding(ctx: AppContext, orders = 36): Promise<void> {
  const admin = await adminOf(ctx);
  if (!admin) return;
  const created = await createStore(ctx, admin, { name: storeName }, demoMeta);
  const store = await findStoreByName(ctx.database.db, created.name);
  if (!store) return;
  const random = seededRandom(11);
  const members = await memberBuyers(ctx);
  const now = ctx.clock.now().getTime();
  for (let n = 0; n < orders; n++) {
    const at = new Date(now - (orders - n) * (42 / orders) * 86_400_000 + random() * 3_600_000);
    const buyer = members.length > 0 && random() < 0.3 ? pick(members, random) : inventPerson(random);
    const order = demoOrder(buyer, `LS-${10_400 + n}`, at, random);
    await ctx.database.transaction((tx) => recordOrder(tx, ctx, store, order));
  }
  await createInvitation(
    ctx,
    admin,
    { maxUses: 200, expiresInHours: 30 * 24, label: 'Spring newsletter', groupId: null },
    demoMeta,
  );
  await createInvitationBatch(
    ctx,
    admin,
    { name: 'Lumo One box insert, spring run', count: 250, expiresInHours: 365 * 24, groupId: null },
    demoMeta,
  );
}

/** Now and then an order arrives at the Lumo shop, as the store's webhook would report it. */
export class DemoOnboardingActivity {
  private next = 0;
  constructor(private readonly ctx: AppContext) {}

  async step(): Promise<void> {
    const store = await findStoreByName(this.ctx.database.db, storeName);
    if (!store) return;
    const now = this.ctx.clock.now();
    const order = demoOrder(inventPerson(), `LS-live-${now.getTime()}-${this.next++}`, now, Math.random);
    await this.ctx.database.transaction((tx) => recordOrder(tx, this.ctx, store, order));
  }
}
