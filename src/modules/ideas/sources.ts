import type { Actor } from '../../core/actor.ts';
import type { Db } from '../../db/index.ts';
import { userNames } from '../accounts/index.ts';
import { postSource } from '../forum/index.ts';
import { conversationSource } from '../inbox/index.ts';
import { mentionSource, type MentionSource } from '../listening/index.ts';
import { contactPerson, type PersonInput } from '../members/index.ts';
import { fail } from './errors.ts';
import type { SourceKind } from './statuses.ts';

/** Where staff heard an idea: a link back to it, what was said, and who said it. */
export interface CaptureSource {
  kind: SourceKind;
  ref: string;
  link: string;
  excerpt: string;
  /** Who said it, as the members module recognises people; null when nothing tells. */
  person: PersonInput | null;
  name: string;
}

const excerptChars = 500;
const clip = (text: string) => (text.length > excerptChars ? `${text.slice(0, excerptChars - 1)}…` : text);

/** A mention's author by the identities it carries: the same ones that put it on their timeline. */
function mentionPerson(mention: MentionSource): PersonInput | null {
  const { name, handle, email, platform } = mention.author;
  const identities = [
    ...(handle ? [{ kind: 'handle' as const, platform, value: handle }] : []),
    ...(email ? [{ kind: 'email' as const, value: email }] : []),
  ];
  return identities.length > 0 ? { name, identities } : null;
}

async function fromConversation(db: Db, actor: Actor, id: string): Promise<CaptureSource | null> {
  const found = await conversationSource(db, actor, id);
  if (!found) return null;
  const person = await contactPerson(db, found.contact);
  const name = person?.name ?? found.contact.name ?? found.contact.address ?? 'Someone';
  return { kind: 'conversation', ref: id, link: found.link, excerpt: found.excerpt, person, name };
}

async function fromMention(db: Db, actor: Actor, id: string): Promise<CaptureSource | null> {
  const found = await mentionSource(db, actor, id);
  if (!found) return null;
  const { name, handle } = found.author;
  return {
    kind: 'mention',
    ref: id,
    link: found.link,
    excerpt: found.excerpt,
    person: mentionPerson(found),
    name: name ?? (handle ? `@${handle.replace(/^@/, '')}` : 'Someone'),
  };
}

async function fromPost(db: Db, actor: Actor, id: string): Promise<CaptureSource | null> {
  const found = await postSource(db, actor, id);
  if (!found) return null;
  const name = (await userNames(db, [found.authorId])).get(found.authorId) ?? 'Someone';
  return {
    kind: 'post',
    ref: id,
    link: found.link,
    excerpt: found.excerpt,
    person: { name, identities: [{ kind: 'account', value: found.authorId }] },
    name,
  };
}

const readers = { conversation: fromConversation, mention: fromMention, post: fromPost };

/** The source for staff who may read it, or "not found" (a source they may not read does not exist for them). */
export async function loadSource(
  db: Db,
  actor: Actor,
  ref: { kind: SourceKind; id: string },
): Promise<CaptureSource> {
  const source = await readers[ref.kind](db, actor, ref.id);
  if (!source) throw fail.IDEA_SOURCE_NOT_FOUND();
  return { ...source, excerpt: clip(source.excerpt.trim()) };
}
