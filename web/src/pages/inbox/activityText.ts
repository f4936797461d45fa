// One sentence per timeline entry. The server records ids and raw values (activity `data`);
// names come from the inbox's people and teams, and anything unknown is said plainly rather than hidden.
import type { ActivityEntry, ConversationStatus, Priority, SlaMetric } from '../../api/inbox-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { Directory } from './colleagues.ts';
import { METRIC_LABELS, PRIORITY_LABELS, STATUS_LABELS } from './labels.ts';

type Names = Pick<Directory, 'personName' | 'teamName'>;

function status(value: unknown): string {
  return typeof value === 'string' && value in STATUS_LABELS
    ? STATUS_LABELS[value as ConversationStatus].toLowerCase()
    : String(value ?? 'none');
}

function priority(value: unknown): string {
  return typeof value === 'string' && value in PRIORITY_LABELS
    ? PRIORITY_LABELS[value as Priority].toLowerCase()
    : String(value ?? 'none');
}

function metric(value: unknown): string {
  return typeof value === 'string' && value in METRIC_LABELS
    ? METRIC_LABELS[value as SlaMetric].toLowerCase()
    : 'response';
}

function person(names: Names, id: unknown, nobody = 'nobody'): string {
  if (id === null || id === undefined) return nobody;
  return names.personName(id) ?? 'a colleague';
}

function team(names: Names, id: unknown): string {
  if (id === null || id === undefined) return 'no team';
  return names.teamName(id) ?? 'a team';
}

function tags(value: unknown): string {
  return Array.isArray(value) && value.length > 0 ? value.map((tag) => `#${String(tag)}`).join(' ') : 'none';
}

function when(value: unknown): string {
  return typeof value === 'string' ? formatDateTime(value) : '';
}

const ESCALATION_ACTIONS: Record<string, string> = {
  notify_lead: 'the team lead was told',
  reassign: 'it was reassigned',
  raise_priority: 'its priority was raised',
};

function describeSla(kind: string, data: Record<string, unknown>): string | undefined {
  if (kind === 'sla_warning')
    return `Response-time warning: ${metric(data.metric)} due in ${String(data.beforeMinutes)} min (${when(data.dueAt)}).`;
  if (kind === 'sla_breach')
    return `Response time breached: ${metric(data.metric)} was due ${when(data.dueAt)}.`;
  if (kind === 'sla_escalation')
    return `Escalated by the response-time policy: ${ESCALATION_ACTIONS[String(data.action)] ?? String(data.action)}.`;
  return undefined;
}

/** The sentence for one activity entry, without the actor (shown next to it). */
export function describeActivity(entry: ActivityEntry, names: Names): string {
  const data = entry.data;
  const reason = typeof data.reason === 'string' ? ` (${data.reason})` : '';
  switch (entry.kind) {
    case 'routed':
      return `Routed to ${team(names, data.teamId)}, ${person(names, data.assigneeId, 'unassigned')}, ${priority(data.priority)} priority.`;
    case 'assigned':
      return `Assigned to ${person(names, data.to, 'nobody')}${reason}.`;
    case 'team':
      return `Moved from ${team(names, data.from)} to ${team(names, data.to)}.`;
    case 'status': {
      const until = data.until ? ` until ${when(data.until)}` : '';
      return `Status changed from ${status(data.from)} to ${status(data.to)}${until}${reason}.`;
    }
    case 'priority':
      return `Priority changed from ${priority(data.from)} to ${priority(data.to)}.`;
    case 'tags':
      return `Tags changed from ${tags(data.from)} to ${tags(data.to)}.`;
    case 'escalated': {
      const target = data.toUserId ? person(names, data.toUserId) : team(names, data.toTeamId);
      const privately =
        data.private === true ? ' Private: only the new owner, their lead and managers see it.' : '';
      return `Escalated to ${target}: “${String(data.reason ?? '')}”.${privately}`;
    }
    case 'scope_change':
      return `Scope change recorded: ${String(data.what ?? '')}.`;
    case 'csat':
      return `The member rated the help ${String(data.rating)} out of 5.`;
    default:
      return describeSla(entry.kind, data) ?? `${entry.kind.replace(/_/g, ' ')}.`;
  }
}
