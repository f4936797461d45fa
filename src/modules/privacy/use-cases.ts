import type { AppContext, RequestMeta } from '../../context.ts';
import type { Actor } from '../../core/actor.ts';
import type { PrivacyPart, PrivacySubject } from '../../core/privacy.ts';
import { staffRoles } from '../../core/roles.ts';
import { findUserById } from '../accounts/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { privacySubject } from '../members/index.ts';
import { fail } from './errors.ts';
import { privacyPolicy } from './policy.ts';

export interface NamedPart {
  name: string;
  part: PrivacyPart;
}

async function subjectOf(ctx: AppContext, id: string): Promise<PrivacySubject> {
  const subject = await privacySubject(ctx.database.db, id);
  if (subject) return subject;
  // An account from before members existed has no member yet: it is still someone with data.
  const user = await findUserById(ctx.database.db, id);
  if (!user) throw fail.PRIVACY_SUBJECT_NOT_FOUND();
  return { userId: user.id, memberIds: [], emails: [user.email], handles: [], phones: [] };
}

async function exportOf(ctx: AppContext, parts: readonly NamedPart[], subject: PrivacySubject) {
  const sections = await Promise.all(
    parts.map(async ({ name, part }) => [name, await part.export(ctx.database.db, subject)] as const),
  );
  return {
    exportedAt: ctx.clock.now().toISOString(),
    about: 'Everything this Hearth community holds about you, by the part of Hearth that holds it.',
    identities: { emails: subject.emails, handles: subject.handles, phones: subject.phones },
    ...Object.fromEntries(sections.filter(([, data]) => Object.keys(data).length > 0)),
  };
}

/** The signed-in person's own data, as one JSON document. */
export async function exportOwnData(ctx: AppContext, actor: Actor | null, parts: readonly NamedPart[]) {
  const me = privacyPolicy.authorize(actor, 'own');
  return exportOf(ctx, parts, await subjectOf(ctx, me.userId));
}

/** An admin answering someone's request for their data (by email, by phone). */
export async function exportMemberData(
  ctx: AppContext,
  actor: Actor | null,
  parts: readonly NamedPart[],
  memberId: string,
  meta: RequestMeta,
) {
  const admin = privacyPolicy.authorize(actor, 'others');
  const subject = await subjectOf(ctx, memberId);
  const data = await exportOf(ctx, parts, subject);
  await ctx.database.transaction((tx) =>
    recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'privacy.exported',
      targetType: 'member',
      targetId: subject.memberIds[0] ?? memberId,
      ip: meta.ip,
    }),
  );
  return data;
}

/**
 * Erases a person in one transaction across every module: their content is anonymised, their
 * personal data (addresses, names, IP addresses, sessions) deleted. The audit entry keeps only
 * counts. Nothing is half-done: any failure leaves everything as it was.
 */
async function erase(
  ctx: AppContext,
  parts: readonly NamedPart[],
  subject: PrivacySubject,
  by: { actorId: string | null; reason: string },
  meta: RequestMeta,
): Promise<Record<string, Record<string, number>>> {
  return ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    const counts: Record<string, Record<string, number>> = {};
    for (const { name, part } of parts) counts[name] = await part.erase(tx, subject, now);
    await recordAuditEvent(tx, ctx.clock, {
      actorId: by.actorId,
      action: 'privacy.erased',
      targetType: 'member',
      targetId: subject.memberIds[0] ?? null,
      // Not the requester's address when they erase themselves: it would be the one IP left.
      ip: by.actorId === subject.userId ? null : meta.ip,
      data: { reason: by.reason, counts },
    });
    return counts;
  });
}

export async function eraseOwnData(
  ctx: AppContext,
  actor: Actor | null,
  parts: readonly NamedPart[],
  meta: RequestMeta,
) {
  const me = privacyPolicy.authorize(actor, 'own');
  if (staffRoles.includes(me.role)) throw fail.PRIVACY_STAFF_SELF_ERASURE();
  const subject = await subjectOf(ctx, me.userId);
  return erase(ctx, parts, subject, { actorId: me.userId, reason: 'at their own request' }, meta);
}

export async function eraseMember(
  ctx: AppContext,
  actor: Actor | null,
  parts: readonly NamedPart[],
  memberId: string,
  reason: string,
  meta: RequestMeta,
) {
  const admin = privacyPolicy.authorize(actor, 'others');
  const subject = await subjectOf(ctx, memberId);
  return erase(ctx, parts, subject, { actorId: admin.userId, reason }, meta);
}
