import type { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { userNames } from '../accounts/index.ts';
import type { crisisSchema, crisisSummarySchema, statementSchema } from './crisis-schemas.ts';
import {
  crisisMembersOf,
  crisisTimeline,
  statementsOf,
  type CrisisRow,
  type StatementRow,
} from './queries/crises.ts';
import { allRules } from './queries/rules.ts';

export type CrisisDto = z.infer<typeof crisisSchema>;
export type CrisisSummaryDto = z.infer<typeof crisisSummarySchema>;
type StatementDto = z.infer<typeof statementSchema>;
type Names = ReadonlyMap<string, string>;

const iso = (at: Date | null) => at?.toISOString() ?? null;
const personOf = (names: Names, id: string | null) =>
  id ? { id, name: names.get(id) ?? 'Former member' } : null;

export function crisisSummaryDto(crisis: CrisisRow, names: Names, rules: Names): CrisisSummaryDto {
  return {
    id: crisis.id,
    title: crisis.title,
    status: crisis.status as CrisisSummaryDto['status'],
    severity: crisis.severity as CrisisSummaryDto['severity'],
    rule: crisis.ruleId ? { id: crisis.ruleId, name: rules.get(crisis.ruleId) ?? 'Deleted rule' } : null,
    alertId: crisis.alertId,
    since: crisis.since.toISOString(),
    openedBy: personOf(names, crisis.openedBy),
    openedAt: crisis.openedAt.toISOString(),
    closedBy: personOf(names, crisis.closedBy),
    closedAt: iso(crisis.closedAt),
    outcome: crisis.outcome,
    version: crisis.version,
  };
}

function statementDto(statement: StatementRow, names: Names): StatementDto {
  return {
    id: statement.id,
    body: statement.body,
    // A statement being published still reads as approved until it is out.
    status: (statement.status === 'publishing' ? 'approved' : statement.status) as StatementDto['status'],
    draftedBy: personOf(names, statement.draftedBy),
    approvedBy: personOf(names, statement.approvedBy),
    approvedAt: iso(statement.approvedAt),
    publishedAt: iso(statement.publishedAt),
    threadId: statement.threadId,
    savedReplyId: statement.savedReplyId,
    updatedAt: statement.updatedAt.toISOString(),
  };
}

export async function ruleNameMap(db: Db): Promise<Map<string, string>> {
  return new Map((await allRules(db)).map((rule) => [rule.id, rule.name]));
}

/** The whole room: who is on deck, the statements, the timeline, and where its mentions are. */
export async function crisisDto(db: Db, crisis: CrisisRow): Promise<CrisisDto> {
  const [members, statementRows, events, rules] = [
    await crisisMembersOf(db, crisis.id),
    await statementsOf(db, crisis.id),
    await crisisTimeline(db, crisis.id),
    await ruleNameMap(db),
  ];
  const ids = [
    crisis.openedBy,
    crisis.closedBy ?? '',
    ...members.map((member) => member.userId),
    ...statementRows.flatMap((statement) => [statement.draftedBy, statement.approvedBy ?? '']),
    ...events.flatMap((event) => (event.actorId ? [event.actorId] : [])),
  ].filter(Boolean);
  const names = await userNames(db, ids);
  return {
    ...crisisSummaryDto(crisis, names, rules),
    onDeck: members.map((member) => ({
      userId: member.userId,
      name: names.get(member.userId) ?? 'Former member',
      addedAt: member.addedAt.toISOString(),
    })),
    statements: statementRows.map((statement) => statementDto(statement, names)),
    timeline: events.map((event) => ({
      kind: event.kind,
      actor: personOf(names, event.actorId),
      data: event.data,
      at: event.createdAt.toISOString(),
    })),
    items: { ruleId: crisis.ruleId, from: crisis.since.toISOString() },
  };
}
