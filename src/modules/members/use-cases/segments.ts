import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { newId } from '../../../core/ids.ts';
import { fail } from '../errors.ts';
import { memberPolicy } from '../policy.ts';
import { deleteSegmentRow, insertSegment, listSegmentRows, type SegmentRow } from '../queries/segments.ts';
import type { segmentBody, segmentSchema } from '../schemas.ts';

export type SegmentDto = z.infer<typeof segmentSchema>;

function segmentDto(row: SegmentRow): SegmentDto {
  return {
    id: row.id,
    name: row.name,
    filter: row.filter as SegmentDto['filter'],
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listSegments(ctx: AppContext, actor: Actor | null): Promise<SegmentDto[]> {
  memberPolicy.authorize(actor, 'read');
  return (await listSegmentRows(ctx.database.db)).map(segmentDto);
}

export async function createSegment(
  ctx: AppContext,
  actor: Actor | null,
  input: z.infer<typeof segmentBody>,
): Promise<SegmentDto> {
  const staff = memberPolicy.authorize(actor, 'organise');
  const row: SegmentRow = {
    id: newId(),
    name: input.name,
    filter: input.filter,
    createdBy: staff.userId,
    createdAt: ctx.clock.now(),
  };
  if (!(await insertSegment(ctx.database.db, row))) throw fail.MEMBER_SEGMENT_NAME_TAKEN();
  return segmentDto(row);
}

export async function deleteSegment(ctx: AppContext, actor: Actor | null, id: string): Promise<void> {
  memberPolicy.authorize(actor, 'organise');
  if (!(await deleteSegmentRow(ctx.database.db, id))) throw fail.MEMBER_SEGMENT_NOT_FOUND();
}
