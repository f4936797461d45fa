import type { Db } from '../../db/index.ts';
import { isOpen } from '../sla/index.ts';
import { predictTeam } from './learned-routing.ts';
import { listRules, listSlaPolicies } from './queries/rules.ts';
import { readInboxSettings } from './queries/settings.ts';
import { existingTeamIds } from './queries/teams.ts';
import { conditionsHold, routeConversation, type RoutingFacts, type RuleTrace } from './routing.ts';

export interface RouteDecision {
  teamId: string | null;
  assigneeId: string | null;
  priority: string;
  slaPolicyId: string | null;
  tags: string[];
  trace: RuleTrace[];
  suggestedTeamId: string | null;
  suggestionConfidence: number | null;
}

/** The facts rules look at, except business hours, which routing works out from `at`. */
export type RouteInput = Omit<RoutingFacts, 'withinBusinessHours'> & { at: Date };

/**
 * Decides where a new conversation goes: the rules first, then the learned router when no rule
 * chose a team, then the first SLA policy whose conditions hold (unless a rule named one). Every
 * step leaves a line in the trace, including a rule whose team has since been removed.
 */
export async function routeNew(db: Db, input: RouteInput): Promise<RouteDecision> {
  const settings = await readInboxSettings(db);
  const facts: RoutingFacts = {
    ...input,
    withinBusinessHours: isOpen(settings.calendar, input.at.getTime()),
  };
  const rules = (await listRules(db)).filter((rule) => rule.enabled);
  const { actions, trace } = routeConversation(rules, facts);
  let teamId = actions.teamId ?? null;
  if (teamId && !(await existingTeamIds(db, [teamId])).has(teamId)) {
    trace.push(removedTeamTrace(teamId));
    teamId = null;
  }
  const learned = await predictTeam(db, settings, input.text);
  let suggestedTeamId: string | null = null;
  if (learned && !teamId) {
    trace.push(learned.trace);
    if (learned.applied) teamId = learned.teamId;
    else suggestedTeamId = learned.teamId;
  }
  const policies = await listSlaPolicies(db);
  const policy = actions.slaPolicyId
    ? policies.find((candidate) => candidate.id === actions.slaPolicyId)
    : policies.find((candidate) => conditionsHold(candidate.conditions, facts));
  return {
    teamId,
    assigneeId: actions.assigneeId ?? null,
    priority: actions.priority ?? 'normal',
    slaPolicyId: policy?.id ?? null,
    tags: [...new Set([...input.tags, ...actions.addTags])],
    trace,
    suggestedTeamId,
    suggestionConfidence: learned?.confidence ?? null,
  };
}

function removedTeamTrace(teamId: string): RuleTrace {
  return {
    ruleId: 'missing-team',
    name: 'Team check',
    matched: false,
    reasons: [`✗ the team a rule chose (${teamId}) was removed, so no team was set by rules`],
    applied: [],
  };
}
