import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../core/pagination.ts';
import { sentimentLabelOf } from '../listening/index.ts';
import type { Stage } from './lifecycle.ts';
import type { ActivityRow } from './queries/activities.ts';
import type { MemberRow } from './queries/members.ts';
import type { activitySchema, memberSummarySchema } from './schemas.ts';

export type MemberSummaryDto = z.infer<typeof memberSummarySchema>;
export type ActivityDto = z.infer<typeof activitySchema>;

export function memberSummary(row: MemberRow): MemberSummaryDto {
  return {
    id: row.id,
    name: row.name,
    stage: row.stage as Stage,
    stageReason: row.stageReason,
    lastActiveAt: row.lastActiveAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    country: row.country,
    purchaseVerifiedAt: row.purchaseVerifiedAt?.toISOString() ?? null,
    valueCents: row.valueCents,
    greetedAt: row.greetedAt?.toISOString() ?? null,
    optedOut: row.contactOptOutAt !== null,
  };
}

export function activityDto(row: ActivityRow): ActivityDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: row.excerpt,
    link: row.link,
    sentiment: row.sentiment,
    sentimentLabel: row.sentiment === null ? null : sentimentLabelOf(row.sentiment),
    facts: row.facts,
    at: row.at.toISOString(),
  };
}

const keySchema = z.object({ at: z.iso.datetime(), id: z.uuid() });

/** The keyset cursor after a row sorted by (time, id), newest first. */
export function cursorAfter(at: Date, id: string): string {
  return encodeCursor({ at: at.toISOString(), id });
}

/** A cursor back to its key; one the server did not write is a 400. */
export function keyOf(cursor: string | undefined): { at: Date; id: string } | null {
  const key = decodeCursor(cursor, keySchema);
  return key ? { at: new Date(key.at), id: key.id } : null;
}
