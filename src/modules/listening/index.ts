import type { HearthModule } from '../../http/module.ts';
import { registerChannel, registerMailRoute } from '../inbox/index.ts';
import { alertWebhookJobs } from './alert-webhook.ts';
import { listeningErrors } from './errors.ts';
import { listeningMailRoute } from './forwarded-mail.ts';
import { listeningChannel } from './inbox-routing.ts';
import { configureRoutes } from './routes/configure.ts';
import { crisisRoutes } from './routes/crises.ts';
import { outreachRoutes } from './routes/outreach.ts';
import { listeningReportRoutes } from './reports/routes.ts';
import { importRoutes } from './routes/imports.ts';
import { intakeRoutes } from './routes/intake.ts';
import { streamRoutes } from './routes/stream.ts';
import { closePreparePool } from './prepare-pool.ts';
import { startSpikeWatch } from './spike-watch.ts';
import { startFeedPolling } from './use-cases/poll-feeds.ts';
import { rerunJobs } from './use-cases/rerun-rule.ts';
import { routeJobs } from './use-cases/route-mentions.ts';
import { listeningPrivacy } from './privacy.ts';

export { scoreSentiment, sentimentLabelOf, type SentimentResult } from './sentiment/index.ts';
export { createSpikeDetector, type SpikeSettings } from './spikes/index.ts';
export { ingestMentions, type IngestOutcome } from './use-cases/ingest-mentions.ts';
export { checkSpikes } from './use-cases/check-spikes.ts';
export { listAlertDtos } from './use-cases/alerts.ts';
export { openCrisis, addCrisisNote, addToDeck } from './use-cases/crisis-room.ts';
export { draftStatement, approveStatement } from './use-cases/statements.ts';
export { pollDueFeeds, pollFeed } from './use-cases/poll-feeds.ts';
export { rerunRule } from './use-cases/rerun-rule.ts';
export { routeMentions } from './use-cases/route-mentions.ts';
export { createRule, updateWatchRule } from './use-cases/manage-rules.ts';
export { findSource, findSourceByKindAndName, type SourceRow } from './queries/sources.ts';
export { createSource } from './use-cases/manage-sources.ts';
export { importMentions, importSource, type ImportReport } from './use-cases/import-mentions.ts';
export { formatOf, readImport, ImportHeaderError } from './import/read-import.ts';
export { listeningPolicy, listeningRoles } from './policy.ts';
export type { IncomingMention } from './types.ts';
export { listeningFacts, type MentionFact } from './facts.ts';
export { mentionSource, type MentionSource } from './use-cases/mention-source.ts';
export { intentAndPhrases } from './enrich/index.ts';

/** Listening: mentions from every source, enriched, matched to watch rules, routed, and watched for spikes. */
export const listeningModule: HearthModule = {
  name: 'listening',
  privacy: listeningPrivacy,
  errors: [listeningErrors],
  subscribe() {
    registerChannel(listeningChannel);
    registerMailRoute(listeningMailRoute);
  },
  jobs: (ctx) => [...rerunJobs(ctx), ...routeJobs(ctx), ...alertWebhookJobs(ctx)],
  routes(app, ctx) {
    intakeRoutes(app, ctx);
    importRoutes(app, ctx);
    configureRoutes(app, ctx);
    streamRoutes(app, ctx);
    listeningReportRoutes(app, ctx);
    crisisRoutes(app, ctx);
    outreachRoutes(app, ctx);
    // The pool's workers belong to this Hearth: they end with it, not with the process.
    app.addHook('onClose', () => closePreparePool(ctx));
  },
  start(ctx, log) {
    const stopSpikes = startSpikeWatch(ctx, log, { intervalMs: 15_000, debounceMs: 1_000 });
    const stopFeeds = startFeedPolling(ctx, log, 30_000);
    return async () => {
      await Promise.all([stopSpikes(), stopFeeds()]);
    };
  },
};
