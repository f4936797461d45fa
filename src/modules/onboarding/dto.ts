import type { AppContext } from '../../context.ts';
import type { PurchaseRow } from './queries/purchases.ts';
import type { StoreListRow } from './queries/stores.ts';
import type { PurchaseDto, StoreDto } from './schemas.ts';

export function webhookPath(storeId: string): string {
  return `/api/onboarding/stores/${storeId}/orders`;
}

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

export function toStore(ctx: AppContext, row: StoreListRow, secret?: string): StoreDto {
  return {
    id: row.id,
    name: row.name,
    groupId: row.groupId,
    webhookUrl: new URL(webhookPath(row.id), ctx.config.publicUrl).toString(),
    purchases: Number(row.purchases),
    lastPurchaseAt: iso(row.lastPurchaseAt),
    createdAt: row.createdAt.toISOString(),
    ...(secret ? { secret } : {}),
  };
}

export function toPurchase(row: PurchaseRow): PurchaseDto {
  return {
    id: row.id,
    orderId: row.orderId,
    memberId: row.memberId,
    name: row.name,
    email: row.email,
    items: row.items,
    amountCents: row.amountCents,
    currency: row.currency,
    country: row.country,
    purchasedAt: row.purchasedAt.toISOString(),
    receivedAt: row.createdAt.toISOString(),
    welcomedAt: row.welcomedAt?.toISOString() ?? null,
  };
}
