/** What routing rules can look at on a new conversation. */
export interface RoutingFacts {
  channel: string;
  text: string;
  space: string | null;
  tags: string[];
  memberRole: string | null;
  intent: string | null;
  /** -1 (negative) … 1 (positive). */
  sentiment: number | null;
  withinBusinessHours: boolean;
}

export type Condition =
  | { field: 'channel' | 'space' | 'memberRole' | 'intent'; op: 'is' | 'is_not'; value: string }
  | { field: 'channel' | 'space' | 'memberRole' | 'intent'; op: 'any_of'; value: string[] }
  | { field: 'text'; op: 'contains_any'; value: string[] }
  | { field: 'tags'; op: 'has' | 'has_not'; value: string }
  | { field: 'sentiment'; op: 'below' | 'above'; value: number }
  | { field: 'withinBusinessHours'; op: 'is'; value: boolean };

export interface RoutingActions {
  teamId?: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  assigneeId?: string;
  slaPolicyId?: string;
  addTags?: string[];
}

export interface RoutingRule {
  id: string;
  name: string;
  conditions: Condition[];
  actions: RoutingActions;
  /** Stop evaluating later rules when this one matches. */
  stop?: boolean;
}

export interface RuleTrace {
  ruleId: string;
  name: string;
  matched: boolean;
  /** One line per condition, "✓ …" or "✗ …", so a person can see why. */
  reasons: string[];
  applied: string[];
}

export interface RoutingResult {
  actions: Required<Pick<RoutingActions, 'addTags'>> & Omit<RoutingActions, 'addTags'>;
  trace: RuleTrace[];
}

function describe(condition: Condition): string {
  const value = Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value);
  return `${condition.field} ${condition.op.replace('_', ' ')} ${value}`;
}

function holds(condition: Condition, facts: RoutingFacts): boolean {
  switch (condition.field) {
    case 'text': {
      const text = facts.text.toLowerCase();
      return condition.value.some((word) => text.includes(word.toLowerCase()));
    }
    case 'tags':
      return facts.tags.includes(condition.value) === (condition.op === 'has');
    case 'sentiment':
      if (facts.sentiment === null) return false;
      return condition.op === 'below' ? facts.sentiment < condition.value : facts.sentiment > condition.value;
    case 'withinBusinessHours':
      return facts.withinBusinessHours === condition.value;
    default: {
      const actual = facts[condition.field];
      if (condition.op === 'any_of') return actual !== null && condition.value.includes(actual);
      return (actual === condition.value) === (condition.op === 'is');
    }
  }
}

/**
 * Runs the rules in order on a new conversation. Single-valued actions (team, priority, assignee,
 * SLA policy) are set by the first matching rule that names them; tags add up. Every rule leaves
 * a trace line, matched or not, for the "why was this routed here" panel.
 */
export function routeConversation(rules: RoutingRule[], facts: RoutingFacts): RoutingResult {
  const actions: RoutingResult['actions'] = { addTags: [] };
  const trace: RuleTrace[] = [];
  for (const rule of rules) {
    const results = rule.conditions.map((condition) => ({ condition, ok: holds(condition, facts) }));
    const matched = results.every((result) => result.ok);
    const applied: string[] = [];
    if (matched) {
      for (const key of ['teamId', 'priority', 'assigneeId', 'slaPolicyId'] as const) {
        const value = rule.actions[key];
        if (value !== undefined && actions[key] === undefined) {
          Object.assign(actions, { [key]: value });
          applied.push(`${key} = ${value}`);
        }
      }
      for (const tag of rule.actions.addTags ?? []) {
        if (actions.addTags.includes(tag)) continue;
        actions.addTags.push(tag);
        applied.push(`tag + ${tag}`);
      }
    }
    trace.push({
      ruleId: rule.id,
      name: rule.name,
      matched,
      reasons: results.map((result) => `${result.ok ? '✓' : '✗'} ${describe(result.condition)}`),
      applied,
    });
    if (matched && rule.stop) break;
  }
  return { actions, trace };
}

/** Whether every condition holds: SLA policies are chosen with the same conditions as routing rules. */
export function conditionsHold(conditions: readonly Condition[], facts: RoutingFacts): boolean {
  return conditions.every((condition) => holds(condition, facts));
}
