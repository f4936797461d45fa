import type { AppContext } from '../../../context.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { queueMail } from '../../../mail/index.ts';
import { findUserByEmail, inviteByEmail } from '../../accounts/index.ts';
import { verifySignature } from '../../inbox/index.ts';
import { recordActivities, recordPurchase, resolveMembers, type PersonInput } from '../../members/index.ts';
import { fail } from '../errors.ts';
import { forgetDeliveriesBefore, rememberDelivery } from '../queries/deliveries.ts';
import {
  findPurchase,
  insertPurchase,
  lockPurchaser,
  markWelcomed,
  wasWelcomed,
  type PurchaseRow,
} from '../queries/purchases.ts';
import { findStore, type StoreRow } from '../queries/stores.ts';
import type { OrderInput, OrderOutcome } from '../schemas.ts';
import { invitedWelcomeMail, linkedWelcomeMail } from '../welcome-mail.ts';

export const toleranceSeconds = 300;
const invitationDays = 30;

/** Checks the signature before the body is parsed; unknown, archived and mis-signed stores look the same. */
export async function checkOrderSignature(
  ctx: AppContext,
  storeId: string,
  header: string | undefined,
  rawBody: string,
): Promise<{ store: StoreRow; digest: string }> {
  const store = await findStore(ctx.database.db, storeId);
  const usable = store && !store.archivedAt ? store : undefined;
  const check = verifySignature({
    header,
    rawBody,
    secrets: usable?.secrets ?? [],
    nowMs: ctx.clock.now().getTime(),
    toleranceSeconds,
  });
  if (!usable || !check.ok)
    throw fail.STORE_SIGNATURE_INVALID(
      check.ok ? {} : { message: `The order signature is not valid (${check.reason.replaceAll('_', ' ')}).` },
    );
  return { store: usable, digest: check.digest };
}

function outcome(purchase: PurchaseRow, duplicate: boolean): OrderOutcome {
  return {
    purchaseId: purchase.id,
    memberId: purchase.memberId,
    duplicate,
    welcomed: purchase.welcomedAt !== null,
  };
}

/**
 * A signed order: the signature is remembered in the same transaction (a replay is refused), and
 * an order sent again in a new request is stored once and answered as it was the first time.
 */
export async function receiveOrder(
  ctx: AppContext,
  store: StoreRow,
  digest: string,
  order: OrderInput,
): Promise<OrderOutcome> {
  return ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    await forgetDeliveriesBefore(tx.db, new Date(now.getTime() - 2 * toleranceSeconds * 1000));
    if (!(await rememberDelivery(tx.db, `${store.id}:${digest}`, now))) throw fail.STORE_SIGNATURE_REPLAYED();
    return recordOrder(tx, ctx, store, order);
  });
}

/** The purchaser as members sees them: their account when they have one, and the email they gave. */
function purchaser(order: OrderInput, accountId: string | undefined): PersonInput {
  return {
    name: order.name,
    identities: [
      ...(accountId ? [{ kind: 'account' as const, value: accountId }] : []),
      { kind: 'email', value: order.email },
    ],
  };
}

/** What the member's profile shows: verified, worth more, and the purchase on their timeline. */
async function creditMember(
  tx: Tx,
  ctx: AppContext,
  store: StoreRow,
  order: OrderInput,
  purchase: PurchaseRow,
  person: PersonInput,
) {
  const at = purchase.purchasedAt;
  const country = order.country ?? null;
  await recordPurchase(tx, { memberId: purchase.memberId, amountCents: order.amountCents, country, at });
  const title = `Bought ${order.items.map((item) => `${item.name} ×${item.quantity}`).join(', ')}`;
  const facts = {
    amountCents: order.amountCents,
    currency: order.currency,
    store: store.name,
    orderId: order.orderId,
  };
  await recordActivities(
    tx,
    [{ person, kind: 'purchase', refId: purchase.id, title, facts, at }],
    ctx.clock.now(),
  );
}

/**
 * The purchaser becomes (or is found as) a member, purchase-verified, with the purchase on their
 * timeline; the first purchase of a person queues their welcome email. Stored once per order.
 */
export async function recordOrder(
  tx: Tx,
  ctx: AppContext,
  store: StoreRow,
  order: OrderInput,
): Promise<OrderOutcome> {
  const known = await findPurchase(tx.db, store.id, order.orderId);
  if (known) return outcome(known, true);
  await lockPurchaser(tx.db, order.email);
  const now = ctx.clock.now();
  const account = await findUserByEmail(tx.db, order.email);
  const person = purchaser(order, account?.id);
  const [memberId] = await resolveMembers(tx, [person], now);
  if (!memberId) throw new Error(`No member for the purchaser of order ${order.orderId}`);
  const purchase = await insertPurchase(tx.db, {
    ...order,
    id: newId(),
    storeId: store.id,
    memberId,
    country: order.country ?? null,
    purchasedAt: new Date(order.purchasedAt),
    createdAt: now,
  });
  // Another request stored this order meanwhile: its answer is this one's.
  if (!purchase) return outcome(await storedPurchase(tx, store.id, order.orderId), true);
  await creditMember(tx, ctx, store, order, purchase, person);
  if (await wasWelcomed(tx.db, memberId, order.email)) return outcome(purchase, false);
  await welcome(tx, ctx, store, order, account !== undefined);
  await markWelcomed(tx.db, purchase.id, now);
  return outcome({ ...purchase, welcomedAt: now }, false);
}

async function storedPurchase(tx: Tx, storeId: string, orderId: string): Promise<PurchaseRow> {
  const stored = await findPurchase(tx.db, storeId, orderId);
  if (!stored) throw new Error(`Order ${orderId} conflicted but is not stored`);
  return stored;
}

async function welcome(tx: Tx, ctx: AppContext, store: StoreRow, order: OrderInput, hasAccount: boolean) {
  if (hasAccount) {
    await queueMail(ctx, tx, linkedWelcomeMail(order.email, { name: order.name, store: store.name }));
    return;
  }
  const invitation = await inviteByEmail(tx, ctx, {
    email: order.email,
    groupId: store.groupId,
    label: `Welcome from ${store.name}`,
    createdBy: store.createdBy,
    expiresInDays: invitationDays,
  });
  await queueMail(
    ctx,
    tx,
    invitedWelcomeMail(order.email, { name: order.name, store: store.name, ...invitation }),
  );
}
