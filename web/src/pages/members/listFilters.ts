// The members list's filters live in the address (?q=&stage=&tag=&country=&said=&segment=): a filtered list can be
// bookmarked and shared, and Back undoes a filter.
import { MEMBER_STAGES } from '../../api/members.ts';
import type { MemberFilter, MemberListFilters } from '../../api/members.ts';
import { isUuid } from '../../lib/validation.ts';

/** What a tag may be (src/modules/members/schemas.ts): the server refuses a list filtered by another. */
const TAG = /^[a-z0-9][a-z0-9 _-]{0,39}$/;

export function isTag(tag: string): boolean {
  return TAG.test(tag);
}

/** What a country filter may be: a two-letter ISO code (src/modules/members/schemas.ts). */
const COUNTRY = /^[A-Z]{2}$/;

export function isCountry(country: string): boolean {
  return COUNTRY.test(country);
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
    country: params.get('country')?.trim().toUpperCase().slice(0, 2),
    said: params.get('said')?.trim().slice(0, 100),
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

/** Whether a search, a stage, a tag, a country or words they said narrow the list (a segment aside). */
export function hasFilter(filter: MemberFilter): boolean {
  return Boolean(filter.q || filter.stage || filter.tag || filter.country || filter.said);
}

/** Why the server would refuse a list narrowed so (a tag, a country or words it cannot take), or null. */
export function impossibleFilter(filter: MemberFilter): string | null {
  if (filter.tag !== undefined && !isTag(filter.tag))
    return `No member can have the tag “${filter.tag}”: a tag is 1–40 letters, digits, spaces, - or _.`;
  if (filter.country !== undefined && !isCountry(filter.country))
    return `“${filter.country}” is not a country: give its two-letter ISO code, like PL.`;
  if (filter.said !== undefined && filter.said.length < 2)
    return 'Give at least two letters of what they said.';
  return null;
}
