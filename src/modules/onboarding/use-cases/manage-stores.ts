import { randomBytes } from 'node:crypto';
import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { existingGroupIds } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { toPurchase, toStore } from '../dto.ts';
import { fail } from '../errors.ts';
import { onboardingPolicy } from '../policy.ts';
import { recentPurchases } from '../queries/purchases.ts';
import { findStore, insertStore, listStores, setStoreSecrets } from '../queries/stores.ts';
import type { CreateStoreInput, PurchaseDto, StoreDto } from '../schemas.ts';

function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

async function storeDto(tx: Tx, ctx: AppContext, id: string, secret?: string): Promise<StoreDto> {
  const [row] = await listStores(tx.db, id);
  if (!row) throw fail.STORE_NOT_FOUND();
  return toStore(ctx, row, secret);
}

export async function listStoreDtos(ctx: AppContext, actor: Actor | null): Promise<StoreDto[]> {
  onboardingPolicy.authorize(actor, 'stores.manage');
  return (await listStores(ctx.database.db)).map((row) => toStore(ctx, row));
}

/** A store gets its signing secret, shown in this answer only. */
export async function createStore(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateStoreInput,
  meta: RequestMeta,
): Promise<StoreDto> {
  const admin = onboardingPolicy.authorize(actor, 'stores.manage');
  const secret = newSecret();
  return ctx.database.transaction(async (tx) => {
    if (input.groupId && !(await existingGroupIds(tx.db, [input.groupId])).has(input.groupId))
      throw fail.STORE_GROUP_NOT_FOUND();
    const store = await insertStore(tx.db, {
      id: newId(),
      name: input.name,
      secrets: [secret],
      groupId: input.groupId ?? null,
      createdBy: admin.userId,
      createdAt: ctx.clock.now(),
    });
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'onboarding.store_created',
      targetType: 'store',
      targetId: store.id,
      ip: meta.ip,
      data: { name: store.name },
    });
    return storeDto(tx, ctx, store.id, secret);
  });
}

/** A new secret signs from now on; the previous one keeps working until the next rotation. */
export async function rotateStoreSecret(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  meta: RequestMeta,
): Promise<StoreDto> {
  const admin = onboardingPolicy.authorize(actor, 'stores.manage');
  const secret = newSecret();
  return ctx.database.transaction(async (tx) => {
    const store = await findStore(tx.db, id);
    if (!store) throw fail.STORE_NOT_FOUND();
    await setStoreSecrets(tx.db, id, [secret, ...store.secrets.slice(0, 1)]);
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'onboarding.store_secret_rotated',
      targetType: 'store',
      targetId: id,
      ip: meta.ip,
    });
    return storeDto(tx, ctx, id, secret);
  });
}

export async function listStorePurchases(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<PurchaseDto[]> {
  onboardingPolicy.authorize(actor, 'stores.manage');
  if (!(await findStore(ctx.database.db, id))) throw fail.STORE_NOT_FOUND();
  return (await recentPurchases(ctx.database.db, id, 100)).map(toPurchase);
}
