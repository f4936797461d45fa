// The list's view and filters live in the URL's query string: a filtered inbox can be bookmarked,
// shared and saved as a view, and Back undoes a filter.
import { CONVERSATION_STATUSES, INBOX_VIEWS, PRIORITIES, type InboxFilters } from '../../api/inbox-types.ts';

const FILTER_KEYS = ['view', 'teamId', 'channel', 'priority', 'status', 'tag'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The filters a query string names; values the server would refuse are left out. */
export function readFilters(params: URLSearchParams): InboxFilters {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const filters: InboxFilters = {
    view: oneOf(INBOX_VIEWS, params.get('view')),
    teamId: text('teamId'),
    channel: text('channel'),
    priority: oneOf(PRIORITIES, params.get('priority')),
    status: oneOf(CONVERSATION_STATUSES, params.get('status')),
    tag: text('tag')?.toLowerCase(),
  };
  return compactFilters(filters);
}

/** Without empty keys and without the default view: equal filters compare and hash equal. */
export function compactFilters(filters: InboxFilters): InboxFilters {
  const compact: InboxFilters = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    if (key === 'view' && value === 'all') continue;
    Object.assign(compact, { [key]: value });
  }
  return compact;
}

export function filtersToSearch(filters: InboxFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(compactFilters(filters))) params.set(key, String(value));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function sameFilters(a: InboxFilters, b: InboxFilters): boolean {
  return filtersToSearch(a) === filtersToSearch(b);
}

/** Whether anything besides the view narrows the list (the empty state then offers to clear it). */
export function isNarrowed(filters: InboxFilters): boolean {
  return Object.keys(compactFilters({ ...filters, view: undefined })).length > 0;
}
