// The members list's filters live in the address (?q=&stage=&tag=&segment=): a filtered list can be
// bookmarked and shared, and Back undoes a filter.
import { MEMBER_STAGES } from '../../api/members.ts';
import type { MemberFilter, MemberListFilters } from '../../api/members.ts';
import { isUuid } from '../../lib/validation.ts';

/** What a tag may be (src/modules/members/schemas.ts): the server refuses a list filtered by another. */
const TAG = /^[a-z0-9][a-z0-9 _-]{0,39}$/;

export function isTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Without empty keys: equal filters share one cache entry and one address. */
export function compactFilters<T extends MemberListFilters>(filters: T): T {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as T;
}

/** The filters a query string names; a stage or a segment id the server could not know is left out. */
export function readMemberFilters(params: URLSearchParams): MemberListFilters {
  const stage = params.get('stage');
  const segment = params.get('segment')?.trim().toLowerCase() ?? '';
  return compactFilters({
    q: params.get('q')?.trim().slice(0, 200),
    stage: MEMBER_STAGES.find((known) => known === stage),
    tag: params.get('tag')?.trim().toLowerCase(),
    segment: isUuid(segment) ? segment : undefined,
  });
}

/** The query string of these filters: "?tag=beta", or "" for none. */
export function membersSearch(filters: MemberListFilters): string {
  const search = new URLSearchParams(compactFilters(filters) as Record<string, string>).toString();
  return search ? `?${search}` : '';
}

/** The list's address for these filters: "/members?tag=beta". */
export function membersListPath(filters: MemberListFilters): string {
  return `/members${membersSearch(filters)}`;
}

/** Whether a search, a stage or a tag narrows the list (a segment aside). */
export function hasFilter(filter: MemberFilter): boolean {
  return Boolean(filter.q || filter.stage || filter.tag);
}
