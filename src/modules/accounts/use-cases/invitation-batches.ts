import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { audit } from '../effects.ts';
import { fail } from '../errors.ts';
import { codeHash, printableCode } from '../invitation-codes.ts';
import { toBatch } from '../invitation-dto.ts';
import type { BatchDto, CreateBatchInput } from '../invitation-schemas.ts';
import { accountPolicy } from '../policy.ts';
import { insertBatch, listBatches, revokeBatchCodes } from '../queries/invitation-batches.ts';
import { insertInvitations } from '../queries/invitations.ts';
import { signUpLink, targetGroup } from './issue-invitation.ts';

function distinctCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(printableCode());
  return [...codes];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The printable list: one line per code, the only time the codes exist outside a hash. */
export function batchCsv(ctx: AppContext, codes: readonly string[], expiresAt: Date, name: string): string {
  const tail = `${csvCell(expiresAt.toISOString())},${csvCell(name)}`;
  const lines = codes.map((code) => `${code},${csvCell(signUpLink(ctx, code))},${tail}`);
  return ['code,url,expires_at,batch', ...lines].join('\r\n') + '\r\n';
}

/** Single-use codes for receipts and packaging, all written in one transaction. */
export async function createInvitationBatch(
  ctx: AppContext,
  actor: Actor | null,
  input: CreateBatchInput,
  meta: RequestMeta,
): Promise<{ batch: BatchDto; csv: string; codes: string[] }> {
  const staff = accountPolicy.authorize(actor, 'invitations.manage');
  const codes = distinctCodes(input.count);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + input.expiresInHours * 3_600_000);
  const batch = await ctx.database.transaction(async (tx) => {
    await targetGroup(tx.db, input.groupId);
    const row = await insertBatch(tx.db, {
      id: newId(),
      name: input.name,
      size: input.count,
      groupId: input.groupId ?? null,
      createdBy: staff.userId,
      createdAt: now,
      expiresAt,
    });
    const common = { createdBy: staff.userId, createdAt: now, expiresAt, groupId: row.groupId };
    await insertInvitations(
      tx.db,
      codes.map((code) => ({ ...common, id: newId(), codeHash: codeHash(code), batchId: row.id })),
    );
    await audit(tx, ctx, meta, {
      actorId: staff.userId,
      action: 'admin.invitation_batch_created',
      targetType: 'invitation_batch',
      targetId: row.id,
      data: { name: input.name, count: input.count },
    });
    return onlyBatch(await listBatches(tx.db, 1, row.id));
  });
  return { batch, csv: batchCsv(ctx, codes, expiresAt, input.name), codes };
}

function onlyBatch(rows: Awaited<ReturnType<typeof listBatches>>): BatchDto {
  const row = rows[0];
  if (!row) throw fail.INVITATION_BATCH_NOT_FOUND();
  return toBatch(row);
}

export async function listInvitationBatches(ctx: AppContext, actor: Actor | null): Promise<BatchDto[]> {
  accountPolicy.authorize(actor, 'invitations.manage');
  return (await listBatches(ctx.database.db, 200)).map(toBatch);
}

/** Withdraws a batch's unused codes (a print run lost or leaked); people who joined stay. */
export async function revokeInvitationBatch(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  meta: RequestMeta,
): Promise<BatchDto> {
  const staff = accountPolicy.authorize(actor, 'invitations.manage');
  return ctx.database.transaction(async (tx) => {
    onlyBatch(await listBatches(tx.db, 1, id));
    const revoked = await revokeBatchCodes(tx.db, id, ctx.clock.now());
    await audit(tx, ctx, meta, {
      actorId: staff.userId,
      action: 'admin.invitation_batch_revoked',
      targetType: 'invitation_batch',
      targetId: id,
      data: { revoked },
    });
    return onlyBatch(await listBatches(tx.db, 1, id));
  });
}
