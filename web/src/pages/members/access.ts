// Who may use members: the server's memberPolicy (src/modules/members/policy.ts).
import type { Role } from '../../api/types.ts';

/** The people who answer and look after members read profiles and timelines (`read`). */
export const MEMBER_READ_ROLES: readonly Role[] = ['admin', 'manager', 'agent', 'moderator'];

/** Merging two members into one, and undoing it (`merge`): not moderators. */
export const MEMBER_MERGE_ROLES: readonly Role[] = ['admin', 'manager', 'agent'];

/** Writing notes on members (`annotate`): everyone who reads them. */
export const MEMBER_ANNOTATE_ROLES: readonly Role[] = MEMBER_READ_ROLES;

/** Tagging members and saving or deleting segments (`organise`): not moderators. */
export const MEMBER_ORGANISE_ROLES: readonly Role[] = ['admin', 'manager', 'agent'];

export function canReadMembers(role: Role): boolean {
  return MEMBER_READ_ROLES.includes(role);
}

export function canMergeMembers(role: Role): boolean {
  return MEMBER_MERGE_ROLES.includes(role);
}

export function canAnnotateMembers(role: Role): boolean {
  return MEMBER_ANNOTATE_ROLES.includes(role);
}

export function canOrganiseMembers(role: Role): boolean {
  return MEMBER_ORGANISE_ROLES.includes(role);
}

/** Greeting a newcomer or reaching out to one member (`message`): not moderators. */
export const MEMBER_MESSAGE_ROLES: readonly Role[] = ['admin', 'manager', 'agent'];

/** Messaging a whole segment at once (`campaign`): admins and community managers. */
export const MEMBER_CAMPAIGN_ROLES: readonly Role[] = ['admin', 'manager'];

export function canMessageMembers(role: Role): boolean {
  return MEMBER_MESSAGE_ROLES.includes(role);
}

export function canSendCampaigns(role: Role): boolean {
  return MEMBER_CAMPAIGN_ROLES.includes(role);
}

/** Exporting a member's data and erasing them on their request: the server's privacyPolicy `others`. */
export const MEMBER_PRIVACY_ROLES: readonly Role[] = ['admin'];

export function canEraseMembers(role: Role): boolean {
  return MEMBER_PRIVACY_ROLES.includes(role);
}
