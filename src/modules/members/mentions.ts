import type { AppContext } from '../../context.ts';
import type { DomainEvent } from '../../events/index.ts';
import type { Tx } from '../../db/index.ts';
import type { JobDefinition } from '../../jobs/index.ts';
import type { MentionFact } from '../listening/index.ts';
import type { IdentityInput } from './identities.ts';
import { recordActivities, type ActivityInput } from './use-cases/record-activities.ts';
import { resolveMembers } from './use-cases/resolve-members.ts';
import { requestReviews } from './use-cases/review-requests.ts';

export const recordMentionsJob = 'members.record-mentions';

/**
 * Stored mentions go on their authors' timelines in a job: a burst is acknowledged at the speed of
 * the stream while profiles catch up moments later (the job is queued in the batch's transaction).
 */
export async function onMentionsStored(tx: Tx, ctx: AppContext, event: DomainEvent): Promise<void> {
  const { mentions } = event.data as { mentions: MentionFact[] };
  const withAuthor = mentions.filter((mention) => mention.authorHandle || mention.authorEmail);
  if (withAuthor.length > 0) await ctx.jobs.send(tx, recordMentionsJob, { mentions: withAuthor });
}

function mentionActivity(mention: MentionFact): ActivityInput {
  const identities: IdentityInput[] = [];
  if (mention.authorHandle)
    identities.push({ kind: 'handle', platform: mention.platform, value: mention.authorHandle });
  if (mention.authorEmail) identities.push({ kind: 'email', value: mention.authorEmail });
  return {
    person: { name: mention.authorName, identities },
    kind: 'mention',
    refId: mention.itemId,
    title: mention.title ?? `Mention on ${mention.platform}`,
    excerpt: mention.text,
    link: `/listening/items/${mention.itemId}`,
    sentiment: mention.sentiment,
    facts: { platform: mention.platform, intent: mention.intent, url: mention.url },
    at: new Date(mention.publishedAt),
  };
}

/** Someone who praised us by name and email is a happy customer: one who may be asked for a review. */
async function askPraisersForReviews(
  tx: Tx,
  ctx: AppContext,
  mentions: readonly MentionFact[],
  activities: readonly ActivityInput[],
): Promise<void> {
  const praising = activities.filter((_, i) => mentions[i]?.intent === 'praise' && mentions[i]?.authorEmail);
  if (praising.length === 0) return;
  const memberIds = await resolveMembers(
    tx,
    praising.map((activity) => activity.person),
    ctx.clock.now(),
  );
  const ids = memberIds.filter((id): id is string => id !== null);
  await requestReviews(tx, ctx, ids, 'your kind words about us');
}

export function mentionJobs(ctx: AppContext): JobDefinition[] {
  const job: JobDefinition<{ mentions: MentionFact[] }> = {
    name: recordMentionsJob,
    handle: async ({ mentions }) => {
      await ctx.database.transaction(async (tx) => {
        const activities = mentions.map(mentionActivity);
        await recordActivities(tx, activities, ctx.clock.now());
        await askPraisersForReviews(tx, ctx, mentions, activities);
      });
    },
  };
  return [job as JobDefinition];
}
