// Labels and defaults for the space forms. The defaults mirror the server's (src/modules/spaces/
// policy.ts defaultAudiences), so the boxes show what a new space gets when nobody changes them.
import type { Role, SpaceAudience, SpaceKind } from '../../api/types.ts';
import { roleLabels, roles } from '../../lib/roles.ts';

export const SPACE_KINDS: { value: SpaceKind; label: string; description: string }[] = [
  { value: 'discussion', label: 'Discussion', description: 'Open conversations on any topic.' },
  {
    value: 'questions',
    label: 'Questions',
    description: 'Questions with accepted answers; unanswered ones reach the staff queue.',
  },
  { value: 'ideas', label: 'Ideas', description: 'Suggestions people vote on, with staff statuses.' },
  {
    value: 'complaints',
    label: 'Complaints',
    description: 'Each thread is visible only to its author and staff.',
  },
  { value: 'announcements', label: 'Announcements', description: 'News from staff that members reply to.' },
];

export const kindLabel = (kind: SpaceKind): string =>
  SPACE_KINDS.find((option) => option.value === kind)?.label ?? kind;

export const AUDIENCES: readonly SpaceAudience[] = ['anyone', ...roles];

export function audienceLabel(audience: SpaceAudience): string {
  return audience === 'anyone' ? 'Anyone' : roleLabels[audience];
}

const participants: Role[] = ['admin', 'manager', 'agent', 'moderator', 'staff', 'member'];
const speakers: Role[] = ['admin', 'manager', 'staff'];

export function defaultAudiences(kind: SpaceKind): {
  readRoles: SpaceAudience[];
  postRoles: SpaceAudience[];
  replyRoles: SpaceAudience[];
} {
  return {
    readRoles: ['anyone'],
    postRoles: kind === 'announcements' ? [...speakers] : [...participants],
    replyRoles: [...participants],
  };
}

/** "Anyone", or the roles in the order of trust, for a one-line summary. */
export function audienceSummary(list: readonly SpaceAudience[]): string {
  if (list.includes('anyone')) return 'Anyone';
  const named = AUDIENCES.filter((audience) => list.includes(audience)).map(audienceLabel);
  return named.length > 0 ? named.join(', ') : 'Nobody';
}

/** A slug from a name: "Product questions" → "product-questions". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
