import type { HearthModule } from '../../http/module.ts';
import { forumErrors } from './errors.ts';
import { AnonymousPageCache } from './page-cache.ts';
import { answerRoutes } from './routes/answers.ts';
import { discoveryRoutes } from './routes/discovery.ts';
import { moderationRoutes } from './routes/moderation.ts';
import { threadRoutes } from './routes/threads.ts';
import { forumPrivacy } from './privacy.ts';

export { createThread } from './use-cases/create-thread.ts';
export { bulkSeedForum, seededRandom, type BulkSeedOptions, type SeededThread } from './bulk-seed.ts';
export { replyToThread } from './use-cases/reply.ts';
export { acceptAnswer } from './use-cases/accept-answer.ts';
export { markHelpful } from './use-cases/mark-helpful.ts';
export { markOfficial } from './use-cases/mark-official.ts';
export { setThreadState } from './use-cases/set-thread-state.ts';
export { acknowledgeComplaint } from './use-cases/acknowledge-complaint.ts';
export { takePrivate } from './use-cases/take-private.ts';
export { flagPost } from './use-cases/flag-post.ts';
export { sendStaffDirectMessage, startDirectMessage } from './use-cases/direct-messages.ts';
export { postedInThreadSince } from './queries/posts.ts';
export { postSource, type PostSource } from './use-cases/post-source.ts';
export { similarQuestions, type SimilarQuestion } from './use-cases/similar-questions.ts';
export type { ThreadPageDto, PostDto } from './schemas.ts';
export { forumFacts, type AnswerAcceptedFact, type ForumPostFact, type ForumThreadFact } from './facts.ts';

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Threads, replies, Q&A, complaints, search, direct messages and flags. */
export function forumModule(): HearthModule {
  const cache = new AnonymousPageCache();
  return {
    name: 'forum',
    privacy: forumPrivacy,
    errors: [forumErrors],
    routes(app, ctx) {
      cache.watch(ctx.live);
      // A successful write anywhere empties the visitors' page cache before its response leaves,
      // so the writer's next read (and everyone's) is fresh even before the NOTIFY arrives.
      app.addHook('onSend', async (request, reply, payload) => {
        if (writes.has(request.method) && reply.statusCode < 400) cache.clear();
        return payload;
      });
      threadRoutes(app, ctx, cache);
      answerRoutes(app, ctx);
      moderationRoutes(app, ctx);
      discoveryRoutes(app, ctx);
    },
  };
}
