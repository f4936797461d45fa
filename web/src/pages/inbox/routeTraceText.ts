// The routing trace as the server records it is terse ("✓ text contains any refund",
// "teamId = <uuid>", "tag + billing"): these turn it into words with names.
import type { ConversationDetail, Priority } from '../../api/inbox-types.ts';
import type { Directory } from './colleagues.ts';
import { PRIORITY_LABELS } from './labels.ts';

export interface Reason {
  holds: boolean | null;
  text: string;
}

export function readReason(line: string): Reason {
  if (line.startsWith('✓')) return { holds: true, text: line.slice(1).trim() };
  if (line.startsWith('✗')) return { holds: false, text: line.slice(1).trim() };
  return { holds: null, text: line };
}

type Names = Pick<Directory, 'personName' | 'teamName'>;

export function describeApplied(line: string, names: Names, conversation: ConversationDetail): string {
  const tag = /^tag \+ (.+)$/.exec(line);
  if (tag) return `tag #${tag[1] ?? ''}`;
  const set = /^(\w+) = (.+)$/.exec(line);
  if (!set) return line;
  const [, key, value = ''] = set;
  if (key === 'teamId') return `team ${names.teamName(value) ?? '(a team)'}`;
  if (key === 'assigneeId') return `assignee ${names.personName(value) ?? '(a colleague)'}`;
  if (key === 'priority') return `priority ${PRIORITY_LABELS[value as Priority] ?? value}`;
  if (key === 'slaPolicyId')
    return `response-time policy ${conversation.slaPolicy?.id === value ? conversation.slaPolicy.name : '(another policy)'}`;
  return line;
}
