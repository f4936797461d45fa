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

/** A filter in words: "the search “lena”, the stage At risk and the tag “beta”". */
export function filterWords(filter: MemberFilter): string {
  const parts = [
    filter.q ? `the search “${filter.q}”` : '',
    filter.stage ? `the stage ${STAGE_LABELS[filter.stage]}` : '',
    filter.tag ? `the tag “${filter.tag}”` : '',
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
