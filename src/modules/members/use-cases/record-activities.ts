import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import { deleteActivity, insertActivities } from '../queries/activities.ts';
import { touchMembers } from '../queries/members.ts';
import { happenedToThem } from '../lifecycle.ts';
import { refreshLifecycle } from './lifecycle.ts';
import { resolveMembers, type PersonInput } from './resolve-members.ts';

/** Something a person did, as the module that saw it states it. */
export interface ActivityInput {
  person: PersonInput;
  kind: string;
  /** The thing's id in its own module: the same activity stated twice is stored once. */
  refId: string;
  title: string;
  excerpt?: string;
  link?: string | null;
  sentiment?: number | null;
  facts?: Record<string, string | number | boolean | null>;
  at: Date;
}

const excerptChars = 280;

function excerptOf(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > excerptChars ? `${flat.slice(0, excerptChars - 1)}…` : flat;
}

/** Puts each activity on its person's timeline (making the member when Hearth has not met them). */
export async function recordActivities(tx: Tx, entries: readonly ActivityInput[], now: Date): Promise<void> {
  if (entries.length === 0) return;
  const memberIds = await resolveMembers(
    tx,
    entries.map((entry) => entry.person),
    now,
  );
  const latest = new Map<string, Date>();
  const rows = entries.flatMap((entry, i) => {
    const memberId = memberIds[i];
    if (!memberId) return [];
    const seen = latest.get(memberId);
    if (!happenedToThem.has(entry.kind) && (!seen || seen < entry.at)) latest.set(memberId, entry.at);
    return [
      {
        id: newId(),
        memberId,
        kind: entry.kind,
        refId: entry.refId,
        title: entry.title.slice(0, 300),
        excerpt: excerptOf(entry.excerpt),
        link: entry.link ?? null,
        sentiment: entry.sentiment ?? null,
        facts: entry.facts ?? {},
        at: entry.at,
      },
    ];
  });
  await insertActivities(tx.sql, rows);
  await touchMembers(tx.sql, latest);
  await refreshLifecycle(tx, [...new Set(rows.map((row) => row.memberId))], now);
}

/** Takes an activity off the timeline when its module took the thing back (a vote withdrawn). */
export async function forgetActivity(tx: Tx, kind: string, refId: string): Promise<void> {
  await deleteActivity(tx.sql, kind, refId);
}
