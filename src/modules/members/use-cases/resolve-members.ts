import { newId } from '../../../core/ids.ts';
import type { Tx } from '../../../db/index.ts';
import {
  identityKey,
  identityStrength,
  normalizeIdentity,
  type Identity,
  type IdentityInput,
} from '../identities.ts';
import {
  findIdentities,
  insertIdentities,
  markVerified,
  moveIdentities,
  type StoredIdentity,
} from '../queries/identities.ts';
import { wasUndone } from '../queries/merges.ts';
import { insertMembers, rootsOf } from '../queries/members.ts';
import { mergeInto } from './merge-members.ts';

/** A person as a module saw them: a name to show and the identities it knows. */
export interface PersonInput {
  name: string | null;
  identities: readonly IdentityInput[];
}

interface Pending {
  identities: Identity[];
  memberId: string | null;
  name: string;
}

function strongest<T extends Pick<Identity, 'kind' | 'verified'>>(identities: readonly T[]): T | undefined {
  return [...identities].sort((a, b) => identityStrength(b) - identityStrength(a))[0];
}

function displayName(person: PersonInput, identities: readonly Identity[]): string {
  const name = person.name?.trim();
  if (name) return name.slice(0, 200);
  const shown = identities.find((i) => i.kind === 'handle') ?? identities.find((i) => i.kind === 'email');
  return shown
    ? shown.kind === 'handle'
      ? `@${shown.value}`
      : (shown.value.split('@')[0] ?? 'Someone')
    : 'Someone';
}

/**
 * The member each person is, made when Hearth has not met them: a person whose identities are
 * known becomes that member (the strongest identity decides), and their new identities are added
 * to it. A verified email held by someone without an account, arriving with an account, merges
 * that someone into the account's member: the only merge Hearth makes on its own. Returns the
 * member id for each person, or null for a person with no usable identity.
 */
export async function resolveMembers(
  tx: Tx,
  people: readonly PersonInput[],
  now: Date,
): Promise<(string | null)[]> {
  const pending: Pending[] = people.map((person) => {
    const identities = person.identities.flatMap((input) => normalizeIdentity(input) ?? []);
    return { identities, memberId: null, name: displayName(person, identities) };
  });
  const all = dedupe(pending.flatMap((p) => p.identities));
  const known = await knownIdentities(tx, all);
  await chooseMembers(tx, pending, known, now);
  await storeNew(tx, pending, known, now);
  return pending.map((p) => (p.identities.length === 0 ? null : p.memberId));
}

function dedupe(identities: readonly Identity[]): Identity[] {
  return [...new Map(identities.map((identity) => [identityKey(identity), identity])).values()];
}

/** Stored identities by key, each with its member's root (a merged member's identities lead to the survivor). */
async function knownIdentities(
  tx: Tx,
  identities: readonly Identity[],
): Promise<Map<string, StoredIdentity>> {
  const found = await findIdentities(tx.db, identities);
  const roots = await rootsOf(
    tx.db,
    found.map((identity) => identity.memberId),
  );
  return new Map(
    found.map((identity) => [
      identityKey(identity),
      { ...identity, memberId: roots.get(identity.memberId) ?? identity.memberId },
    ]),
  );
}

async function chooseMembers(
  tx: Tx,
  pending: Pending[],
  known: Map<string, StoredIdentity>,
  now: Date,
): Promise<void> {
  // People in one batch who share an identity are one member: the first decides for the rest.
  const decided = new Map<string, string>();
  for (const person of pending) {
    if (person.identities.length === 0) continue;
    const matches = person.identities.flatMap((identity) => known.get(identityKey(identity)) ?? []);
    const best = strongest(matches);
    const account = person.identities.find((identity) => identity.kind === 'account');
    const inBatch = person.identities.map((identity) => decided.get(identityKey(identity))).find(Boolean);
    // An account's member is the account's id, or (once staff merged it) the member it went into.
    const accountMember = account ? (known.get(identityKey(account))?.memberId ?? account.value) : null;
    person.memberId = accountMember ?? best?.memberId ?? inBatch ?? newId();
    if (account) await claimVerifiedEmails(tx, person, matches, now);
    for (const identity of person.identities) decided.set(identityKey(identity), person.memberId);
  }
}

/**
 * An account arriving with a verified email that another member holds: that member is this
 * person (they proved the address), so it is merged into the account's member.
 */
async function claimVerifiedEmails(
  tx: Tx,
  person: Pending,
  matches: readonly StoredIdentity[],
  now: Date,
): Promise<void> {
  const memberId = person.memberId as string;
  const verified = new Set(
    person.identities.filter((i) => i.kind === 'email' && i.verified).map((i) => identityKey(i)),
  );
  for (const match of matches) {
    if (!verified.has(identityKey(match))) continue;
    // Staff undid this merge once: Hearth leaves the two apart, and the address unverified there.
    if (match.memberId !== memberId && (await wasUndone(tx.db, memberId, match.memberId))) continue;
    if (match.memberId !== memberId) {
      await insertMembers(tx.sql, [{ id: memberId, name: person.name }], now);
      await mergeInto(
        tx,
        {
          intoId: memberId,
          fromId: match.memberId,
          byUserId: null,
          reason: `Both hold the verified email ${match.value}.`,
        },
        now,
      );
    }
    if (!match.verified) await markVerified(tx.sql, [match.id]);
  }
}

/**
 * New identities, then the members they belong to. An identity another transaction stored
 * meanwhile decides instead: its holder becomes the person's member, and the person's other new
 * identities move to it.
 */
async function storeNew(
  tx: Tx,
  pending: Pending[],
  known: Map<string, StoredIdentity>,
  now: Date,
): Promise<void> {
  const fresh = new Map<string, Identity & { id: string; memberId: string }>();
  for (const person of pending)
    for (const identity of person.identities) {
      const key = identityKey(identity);
      if (!known.has(key) && !fresh.has(key))
        fresh.set(key, { ...identity, id: newId(), memberId: person.memberId as string });
    }
  const stored = await insertIdentities(tx.sql, [...fresh.values()], now);
  const raced = [...fresh.values()].filter((identity) => !stored.has(identity.id));
  if (raced.length > 0) await followWinners(tx, pending, fresh, stored, raced);
  const chosen = new Map(pending.flatMap((p) => (p.memberId ? [[p.memberId, p.name] as const] : [])));
  await insertMembers(
    tx.sql,
    [...chosen].map(([id, name]) => ({ id, name })),
    now,
  );
}

async function followWinners(
  tx: Tx,
  pending: Pending[],
  fresh: ReadonlyMap<string, Identity & { id: string; memberId: string }>,
  stored: ReadonlySet<string>,
  raced: readonly Identity[],
): Promise<void> {
  const winners = await knownIdentities(tx, raced);
  for (const person of pending) {
    if (person.identities.some((identity) => identity.kind === 'account')) continue;
    const winner = person.identities.map((identity) => winners.get(identityKey(identity))).find(Boolean);
    if (!winner || winner.memberId === person.memberId) continue;
    const mine = person.identities.flatMap((identity) => {
      const made = fresh.get(identityKey(identity));
      return made && stored.has(made.id) && made.memberId === person.memberId ? [made.id] : [];
    });
    await moveIdentities(tx.sql, mine, winner.memberId);
    person.memberId = winner.memberId;
  }
}
