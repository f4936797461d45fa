// How a routing rule's actions read, and what RULE_REFERENCE_MISSING means in words.
import { isApiError } from '../../api/client.ts';
import type { InboxTeam, PersonRef, RoutingRule, SlaPolicy } from '../../api/inbox-admin.ts';
import { PRIORITIES } from './labels.ts';

export interface KnownNames {
  teams: readonly InboxTeam[] | undefined;
  policies: readonly SlaPolicy[] | undefined;
  /** Everyone who can work the inbox (GET /api/inbox/agents). */
  people: readonly PersonRef[] | undefined;
}

/** One line per action; a team, person or policy that is gone says so (the rule skips it). */
export function describeActions(
  actions: RoutingRule['actions'],
  known: KnownNames,
): { text: string; missing: boolean }[] {
  const lines: { text: string; missing: boolean }[] = [];
  if (actions.teamId) {
    const team = known.teams?.find((candidate) => candidate.id === actions.teamId);
    lines.push(
      team || !known.teams
        ? { text: `Team: ${team?.name ?? '…'}`, missing: false }
        : { text: 'Team: a team that was archived or deleted', missing: true },
    );
  }
  if (actions.priority)
    lines.push({
      text: `Priority: ${PRIORITIES.find((p) => p.value === actions.priority)?.label ?? actions.priority}`,
      missing: false,
    });
  if (actions.assigneeId) {
    const person = known.people?.find((candidate) => candidate.id === actions.assigneeId);
    lines.push(
      person || !known.people
        ? { text: `Assign to: ${person?.name ?? '…'}`, missing: false }
        : { text: 'Assign to: someone who can no longer work the inbox', missing: true },
    );
  }
  if (actions.slaPolicyId) {
    const policy = known.policies?.find((candidate) => candidate.id === actions.slaPolicyId);
    lines.push(
      policy || !known.policies
        ? { text: `SLA policy: ${policy?.name ?? '…'}`, missing: false }
        : { text: 'SLA policy: one that was deleted', missing: true },
    );
  }
  if (actions.addTags && actions.addTags.length > 0)
    lines.push({ text: `Add tags: ${actions.addTags.join(', ')}`, missing: false });
  return lines;
}

const REFERENCES: Record<string, string> = {
  'actions.teamId': 'the team',
  'actions.assigneeId': 'the person to assign to',
  'actions.slaPolicyId': 'the SLA policy',
};

/**
 * The server refuses a rule naming a team, person or policy that does not exist (any more):
 * this says which, and what to do, or null for any other error.
 */
export function referenceProblem(error: unknown): string | null {
  if (!isApiError(error, 'RULE_REFERENCE_MISSING')) return null;
  const what = error.fields.map((field) => REFERENCES[field.path] ?? field.path);
  const named = what.length > 0 ? what.join(' and ') : 'a team, person or SLA policy';
  return `This rule names ${named}, which no longer exists (archived, deleted, or no longer able to work the inbox). Choose another, or clear that action, then save again.`;
}
