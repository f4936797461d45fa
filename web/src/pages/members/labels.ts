// The words and paths of members, in one place.
import { identityKinds } from '../../../../src/modules/members/identities.ts';
import type {
  IdentityKind,
  MemberActivity,
  MemberFilter,
  MemberIdentity,
  MemberStage,
  MemberSummary,
} from '../../api/members.ts';
import { webUrl } from '../listening/labels.ts';

export function memberPath(member: Pick<MemberSummary, 'id'>): string {
  return `/members/${encodeURIComponent(member.id)}`;
}

const IDENTITY_HEADINGS: Record<IdentityKind, string> = {
  account: 'Hearth account',
  email: 'Email addresses',
  handle: 'Handles',
  phone: 'Phone numbers',
};

/** The member's identities by kind, strongest kind first; kinds without any are left out. */
export function identityGroups(identities: readonly MemberIdentity[]) {
  return identityKinds.flatMap((kind) => {
    const ofKind = identities.filter((identity) => identity.kind === kind);
    return ofKind.length > 0 ? [{ kind, heading: IDENTITY_HEADINGS[kind], identities: ofKind }] : [];
  });
}

/** "@dana on twitter" for a handle; the value itself otherwise. */
export function identityText(identity: MemberIdentity): string {
  return identity.kind === 'handle' ? `@${identity.value} on ${identity.platform}` : identity.value;
}

const KINDS: Record<string, { one: string; many: string }> = {
  thread: { one: 'Thread', many: 'Threads' },
  reply: { one: 'Reply', many: 'Replies' },
  mention: { one: 'Mention', many: 'Mentions' },
  answer_accepted: { one: 'Accepted answer', many: 'Accepted answers' },
  conversation: { one: 'Conversation', many: 'Conversations' },
  csat: { one: 'Rating', many: 'Ratings' },
  sla_miss: { one: 'Reply we owed late', many: 'Replies we owed late' },
  purchase: { one: 'Purchase', many: 'Purchases' },
  idea: { one: 'Idea', many: 'Ideas' },
  vote: { one: 'Vote', many: 'Votes' },
  greeting: { one: 'Greeting', many: 'Greetings' },
  outreach: { one: 'Outreach', many: 'Outreach' },
  review_request: { one: 'Review request', many: 'Review requests' },
  campaign: { one: 'Campaign message', many: 'Campaign messages' },
};

/** "Mention", or "Mentions" with `many`; a kind this client does not know is spelled out ("Phone call"). */
export function kindLabel(kind: string, many = false): string {
  const known = KINDS[kind];
  if (known) return many ? known.many : known.one;
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const STAGE_LABELS: Record<MemberStage, string> = {
  newcomer: 'Newcomer',
  regular: 'Regular',
  advocate: 'Advocate',
  at_risk: 'At risk',
  gone: 'Gone',
};

/** A filter in words: "the search “lena”, the stage At risk, the tag “beta”, in PL and who said “billing”". */
export function filterWords(filter: MemberFilter): string {
  const parts = [
    filter.q ? `the search “${filter.q}”` : '',
    filter.stage ? `the stage ${STAGE_LABELS[filter.stage]}` : '',
    filter.tag ? `the tag “${filter.tag}”` : '',
    filter.country ? `in ${filter.country.toUpperCase()}` : '',
    filter.said ? `who said “${filter.said}”` : '',
  ].filter(Boolean);
  const last = parts.pop() ?? '';
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}

/** The activity's page in this app (a path, for the router), when it has one. */
export function internalPath(activity: Pick<MemberActivity, 'link'>): string | null {
  const { link } = activity;
  return link?.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** Where it was said on the web (a mention's `url`), when that is an http(s) address. */
export function originalUrl(activity: Pick<MemberActivity, 'facts'>): string | null {
  const { url } = activity.facts;
  return typeof url === 'string' ? webUrl(url) : null;
}

/** "Poland (PL)" where the browser knows the country's name; the code alone otherwise. */
export function countryName(code: string): string {
  try {
    const name = new Intl.DisplayNames(undefined, { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** What a member bought in total ("1,234.50"), in the store's currency (Hearth does not know which). */
export function formatValue(cents: number): string {
  return (cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

type Done = 'anonymised' | 'deleted' | 'kept';

/** What an erasure did to each kind of record, by part of Hearth: the words, and what happened to them. */
const ERASED: Record<string, { one: string; many: string; done: Done }> = {
  'accounts.account': { one: 'account', many: 'accounts', done: 'anonymised' },
  'accounts.sessions': { one: 'session', many: 'sessions', done: 'deleted' },
  'accounts.apiTokens': { one: 'API token', many: 'API tokens', done: 'deleted' },
  'accounts.oneTimeLinks': { one: 'one-time link', many: 'one-time links', done: 'deleted' },
  'accounts.invitations': { one: 'invitation', many: 'invitations', done: 'anonymised' },
  'audit.ipAddressesErased': { one: 'IP address', many: 'IP addresses', done: 'deleted' },
  'audit.ipAddressesSealedBeforeErasureExisted': {
    one: 'IP address in older sealed audit entries',
    many: 'IP addresses in older sealed audit entries',
    done: 'kept',
  },
  'ideas.capturedQuotes': { one: 'quote in an idea', many: 'quotes in ideas', done: 'deleted' },
  'inbox.conversations': { one: 'conversation', many: 'conversations', done: 'anonymised' },
  'inbox.messages': { one: 'message', many: 'messages', done: 'anonymised' },
  'inbox.ratingComments': { one: 'rating comment', many: 'rating comments', done: 'deleted' },
  'inbox.unreadableMail': { one: 'unreadable email', many: 'unreadable emails', done: 'deleted' },
  'listening.mentions': { one: 'mention', many: 'mentions', done: 'anonymised' },
  'members.members': { one: 'member profile', many: 'member profiles', done: 'anonymised' },
  'members.identities': { one: 'identity', many: 'identities', done: 'deleted' },
  'members.activities': { one: 'timeline entry', many: 'timeline entries', done: 'anonymised' },
  'members.notes': { one: 'staff note', many: 'staff notes', done: 'deleted' },
  'members.messages': { one: 'message from staff', many: 'messages from staff', done: 'anonymised' },
  'notifications.notifications': { one: 'notification', many: 'notifications', done: 'deleted' },
  'onboarding.purchases': { one: 'purchase', many: 'purchases', done: 'anonymised' },
};

/** "ratingComments" → "rating comments": a kind this client does not know yet, spelled out. */
function spelled(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * What an erasure did, in words: "2 conversations, 1 mention anonymised; 3 identities deleted".
 * Kinds with nothing changed are left out; '' when nothing changed at all.
 */
export function erasureWords(counts: Record<string, Record<string, number>>): string {
  const groups = new Map<string, string[]>();
  for (const [part, kinds] of Object.entries(counts)) {
    for (const [kind, n] of Object.entries(kinds)) {
      if (n <= 0) continue;
      const known = ERASED[`${part}.${kind}`];
      const noun = known ? (n === 1 ? known.one : known.many) : spelled(kind);
      const done = known?.done ?? 'changed';
      groups.set(done, [...(groups.get(done) ?? []), `${n.toLocaleString()} ${noun}`]);
    }
  }
  return ['anonymised', 'deleted', 'kept', 'changed']
    .flatMap((done) => {
      const items = groups.get(done);
      return items ? [`${items.join(', ')} ${done}`] : [];
    })
    .join('; ');
}
