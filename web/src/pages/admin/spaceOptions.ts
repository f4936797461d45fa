// Labels and defaults for the space forms. The defaults mirror the server's (src/modules/spaces/
// policy.ts defaultAudiences), so the boxes show what a new space gets when nobody changes them.
import type { Group, Role, SpaceAudience, SpaceKind } from '../../api/types.ts';
import { isRole, roleLabels, roles } from '../../lib/roles.ts';

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

/** The fixed audiences, in the order of the audiences table: "anyone", then the roles by trust. */
export const AUDIENCES: readonly SpaceAudience[] = ['anyone', ...roles];

const GROUP_PREFIX = 'group:';

/** The audience entry that admits a group. */
export function groupAudience(groupId: string): SpaceAudience {
  return `${GROUP_PREFIX}${groupId}`;
}

/** The group id of a `group:<id>` entry, or null for "anyone" and roles. */
export function groupIdOf(audience: SpaceAudience): string | null {
  return audience.startsWith(GROUP_PREFIX) ? audience.slice(GROUP_PREFIX.length) : null;
}

/** The groups known to the page (undefined while they load). */
export type KnownGroups = readonly Pick<Group, 'id' | 'name'>[] | undefined;

/**
 * "Anyone", a role's label, "Group: Beta testers", or "Deleted group" for a group the list does not
 * have (just "Group" while the groups are still loading).
 */
export function audienceLabel(audience: SpaceAudience, groups?: KnownGroups): string {
  if (audience === 'anyone') return 'Anyone';
  if (isRole(audience)) return roleLabels[audience];
  const groupId = groupIdOf(audience);
  if (groupId === null) return audience;
  if (!groups) return 'Group';
  const group = groups.find((item) => item.id === groupId);
  return group ? `Group: ${group.name}` : 'Deleted group';
}

/**
 * A list in table order without repeats: "anyone" and the roles in the order of trust, then the
 * groups in the order given by `groups` (the server's, by name), then anything else as it came.
 */
export function orderAudiences(list: readonly SpaceAudience[], groups?: KnownGroups): SpaceAudience[] {
  const fixed = AUDIENCES.filter((audience) => list.includes(audience));
  const known = (groups ?? [])
    .map((group) => groupAudience(group.id))
    .filter((entry) => list.includes(entry));
  const rest = list.filter((entry) => !fixed.includes(entry) && !known.includes(entry));
  return [...new Set([...fixed, ...known, ...rest])];
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

/** "Anyone", or the roles in the order of trust and then the groups, for a one-line summary. */
export function audienceSummary(list: readonly SpaceAudience[], groups?: KnownGroups): string {
  if (list.includes('anyone')) return 'Anyone';
  const named = new Set(orderAudiences(list, groups).map((audience) => audienceLabel(audience, groups)));
  return named.size > 0 ? [...named].join(', ') : 'Nobody';
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
