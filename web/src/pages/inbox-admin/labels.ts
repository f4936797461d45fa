// The words the inbox settings show for the API's values, in one place.
import type {
  AssignmentMode,
  EscalationAction,
  LearnedRoutingMode,
  Priority,
} from '../../api/inbox-admin.ts';
import type { InboxAgent } from '../../api/inbox-people.ts';
import { roleLabel } from '../../lib/roles.ts';

export const ASSIGNMENT_OPTIONS: readonly { value: AssignmentMode; label: string; description: string }[] = [
  {
    value: 'manual',
    label: 'Manual',
    description: 'Conversations wait in the team queue until someone takes one.',
  },
  {
    value: 'round_robin',
    label: 'Round robin',
    description: 'Each new conversation goes to the next available agent on duty, in turn.',
  },
  {
    value: 'balanced',
    label: 'Balanced',
    description: 'Each new conversation goes to the available agent with the most room under their capacity.',
  },
];

export function assignmentLabel(mode: string): string {
  return ASSIGNMENT_OPTIONS.find((option) => option.value === mode)?.label ?? mode;
}

export const PRIORITIES: readonly { value: Priority; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'normal', label: 'Normal' },
  { value: 'high', label: 'High' },
  { value: 'urgent', label: 'Urgent' },
];

export const ESCALATION_ACTIONS: readonly { value: EscalationAction; label: string }[] = [
  { value: 'notify_lead', label: 'Notify the team lead' },
  { value: 'reassign', label: 'Reassign to another agent' },
  { value: 'raise_priority', label: 'Raise the priority' },
];

export const LEARNED_ROUTING_OPTIONS: readonly {
  value: LearnedRoutingMode;
  label: string;
  description: string;
}[] = [
  { value: 'off', label: 'Off', description: 'Only the routing rules choose a team.' },
  {
    value: 'suggest',
    label: 'Suggest',
    description: 'When no rule chose a team, agents see the learned router’s guess and decide.',
  },
  {
    value: 'apply',
    label: 'Apply',
    description: 'When no rule chose a team, the guess is applied if it is sure enough; otherwise suggested.',
  },
];

/** "Ada Lovelace (@ada)", with the role when it is not agent: the same name can be two people. */
export function agentLabel(agent: InboxAgent): string {
  const role = agent.role === 'agent' ? '' : `, ${roleLabel(agent.role).toLowerCase()}`;
  return `${agent.name} (@${agent.handle}${role})`;
}

/** "90 min" → "1 h 30 min"; "2 d 4 h" for long ones. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  const days = Math.floor(rounded / 1440);
  const hours = Math.floor((rounded % 1440) / 60);
  const rest = rounded % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
}
