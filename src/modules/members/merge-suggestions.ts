import type { Identity } from './identities.ts';

/** A person as the suggestion rules see them: a name and every identity of their merged tree. */
export interface Candidate {
  id: string;
  name: string;
  identities: readonly Pick<Identity, 'kind' | 'platform' | 'value'>[];
}

export interface Suggestion {
  id: string;
  /** Each reason in words; a suggestion always has two (one alone is a coincidence too often). */
  reasons: string[];
}

/** Addresses anyone can have: sharing one of these domains says nothing about being the same person. */
const sharedProviders = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'zoho.com',
  'fastmail.com',
  'example.com',
]);

/** "José  Núñez" → "jose nunez": the form two spellings of one name share. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What a handle made from these words would look like: "dana reyes" → danareyes, dana_reyes, dreyes. */
function handleShapes(text: string): Set<string> {
  const words = nameKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return new Set();
  const shapes = new Set([words.join(''), words.join('_'), words.join('.'), words.join('-')]);
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (words.length > 1) {
    shapes.add(`${first[0]}${last}`);
    shapes.add(`${first}${last[0]}`);
  }
  return shapes;
}

const emailsOf = (c: Candidate) => c.identities.filter((i) => i.kind === 'email').map((i) => i.value);
const handlesOf = (c: Candidate) => c.identities.filter((i) => i.kind === 'handle');
const localPart = (email: string) => email.split('@')[0] ?? '';
const domainOf = (email: string) => email.split('@')[1] ?? '';

/**
 * Does one person's handle look made from the other's email address, or equal a handle they use
 * elsewhere? (A handle made from the name alone proves nothing: every namesake shares it.)
 */
function handleMatch(a: Candidate, b: Candidate): string | null {
  for (const [owner, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const handle of handlesOf(owner).filter((h) => h.value.length >= 4)) {
      const email = emailsOf(other).find((e) => {
        const local = localPart(e);
        return local === handle.value || handleShapes(local.replace(/[._-]/g, ' ')).has(handle.value);
      });
      if (email) return `the handle @${handle.value} (${handle.platform}) matches the address ${email}`;
      const twin = handlesOf(other).find((h) => h.value === handle.value && h.platform !== handle.platform);
      if (twin) return `the handle @${handle.value} is used on both ${handle.platform} and ${twin.platform}`;
    }
  }
  return null;
}

function sameDomain(a: Candidate, b: Candidate): string | null {
  const theirs = new Set(emailsOf(b).map(domainOf));
  const domain = emailsOf(a)
    .map(domainOf)
    .find((d) => d && !sharedProviders.has(d) && theirs.has(d));
  return domain ? `both write from an address at ${domain}` : null;
}

function sameName(a: Candidate, b: Candidate): string | null {
  const key = nameKey(a.name);
  // A single word ("Sam") is shared by too many people to count.
  return key.includes(' ') && key === nameKey(b.name) ? `the same name (${a.name})` : null;
}

/**
 * Members who are likely the same person as `member`: the same full name with a handle made from
 * the other's email address (or the same handle on another platform), or the same full name and
 * the same company email domain. Strongest
 * (most reasons) first. Hearth never merges on these: staff decide.
 */
export function suggestMerges(member: Candidate, candidates: readonly Candidate[]): Suggestion[] {
  return candidates
    .filter((c) => c.id !== member.id)
    .map((c) => ({
      id: c.id,
      reasons: [sameName(member, c), handleMatch(member, c), sameDomain(member, c)].filter(
        (r): r is string => r !== null,
      ),
    }))
    .filter((s) => s.reasons.length >= 2 && s.reasons[0]?.startsWith('the same name'))
    .sort((x, y) => y.reasons.length - x.reasons.length);
}
