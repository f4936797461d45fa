import type { Db } from '../../db/index.ts';
import { userCards, type UserCard } from '../accounts/index.ts';
import type { ConversationRow } from './queries/conversations.ts';
import { listTeams } from './queries/teams.ts';
import type { ConversationSummaryDto } from './schemas.ts';

export interface Names {
  cards: Map<string, UserCard>;
  teams: Map<string, string>;
}

export async function namesFor(db: Db, userIds: (string | null)[]): Promise<Names> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  const teams = new Map((await listTeams(db)).map((team) => [team.id, team.name]));
  return { cards: await userCards(db, ids), teams };
}

export function personOf(names: Names, id: string | null) {
  const card = id ? names.cards.get(id) : undefined;
  return card ? { id: card.id, name: card.name, handle: card.handle } : null;
}

export function toSummary(row: ConversationRow, names: Names): ConversationSummaryDto {
  const teamName = row.teamId ? names.teams.get(row.teamId) : undefined;
  return {
    id: row.id,
    channel: row.channel,
    subject: row.subject,
    contact: { memberId: row.memberId, name: row.contactName, address: row.contactAddress },
    team: row.teamId && teamName ? { id: row.teamId, name: teamName } : null,
    assignee: personOf(names, row.assigneeId),
    status: row.status as ConversationSummaryDto['status'],
    snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
    priority: row.priority as ConversationSummaryDto['priority'],
    tags: row.tags,
    nextDueAt: row.nextDueAt?.toISOString() ?? null,
    breached: row.breached,
    deflected: row.deflected,
    escalated: row.escalated,
    lastMessageAt: row.lastMessageAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
