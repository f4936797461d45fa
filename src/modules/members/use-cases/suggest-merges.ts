import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { memberSummary } from '../dto.ts';
import { fail } from '../errors.ts';
import { suggestMerges } from '../merge-suggestions.ts';
import type { mergeSuggestionSchema } from '../schemas.ts';
import { memberPolicy } from '../policy.ts';
import { membersByIds, rootsOf } from '../queries/members.ts';
import { candidatesOf, namesakes } from '../queries/suggestions.ts';

const lookedAt = 30;

/** Members likely to be the same person as this one, each with its reasons, for staff to merge or not. */
export async function mergeSuggestions(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<z.infer<typeof mergeSuggestionSchema>[]> {
  memberPolicy.authorize(actor, 'read');
  const db = ctx.database.db;
  const root = (await rootsOf(db, [id])).get(id);
  if (!root) throw fail.MEMBER_NOT_FOUND();
  const [member] = await candidatesOf(db, [root]);
  if (!member) throw fail.MEMBER_NOT_FOUND();
  const candidates = await candidatesOf(db, await namesakes(db, member.name, root, lookedAt));
  const suggestions = suggestMerges(member, candidates);
  const rows = new Map(
    (
      await membersByIds(
        db,
        suggestions.map((s) => s.id),
      )
    ).map((row) => [row.id, row]),
  );
  return suggestions.flatMap((s) => {
    const row = rows.get(s.id);
    return row ? [{ member: memberSummary(row), reasons: s.reasons }] : [];
  });
}
