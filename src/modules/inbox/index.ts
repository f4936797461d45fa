import type { AppContext } from '../../context.ts';
import type { HearthModule } from '../../http/module.ts';
import { apiChannel, phoneChannel } from './channels/local-channels.ts';
import { emailChannel } from './channels/email-channel.ts';
import { forumChannel, subscribeToForum } from './channels/forum-channel.ts';
import { registerChannel } from './channels/channel.ts';
import { inboxErrors } from './errors.ts';
import { adminRoutes } from './routes/admin.ts';
import { conversationRoutes } from './routes/conversations.ts';
import { publicRoutes } from './routes/public.ts';
import { sweepSla } from './use-cases/sweep-sla.ts';
import { startInboundSmtp, type InboundSmtp } from './channels/smtp-listener.ts';

export { registerChannel, channelOf, type InboxChannel, type OutgoingReply } from './channels/channel.ts';
export { ingestMessage, type InboundMessage, type IngestResult } from './use-cases/ingest-message.ts';
export { sweepSla } from './use-cases/sweep-sla.ts';
export { inboxPolicy, inboxRoles } from './policy.ts';
export {
  routeConversation,
  type Condition,
  type RoutingActions,
  type RoutingFacts,
  type RoutingResult,
  type RoutingRule,
  type RuleTrace,
} from './routing.ts';
export { signatureHeader, signatureHeaderValue, verifySignature, type SignatureCheck } from './signature.ts';

const sweepEveryMs = 15_000;
const sweepBatch = 200;

/** Sweeps in batches until nothing due is left, so a backlog clears in one round. */
async function sweepAll(ctx: AppContext): Promise<void> {
  let swept: number;
  do swept = await sweepSla(ctx, sweepBatch);
  while (swept === sweepBatch);
}
let smtp: InboundSmtp | null = null;

/** The running inbound SMTP listener of this process (tests read its port). */
export function inboundSmtp(): InboundSmtp | null {
  return smtp;
}

/** One inbox for every channel: routing, assignment, SLA clocks, replies, ratings. */
export const inboxModule: HearthModule = {
  name: 'inbox',
  errors: [inboxErrors],
  subscribe(ctx) {
    for (const channel of [forumChannel, emailChannel, apiChannel, phoneChannel]) registerChannel(channel);
    subscribeToForum(ctx);
  },
  routes(app, ctx) {
    conversationRoutes(app, ctx);
    adminRoutes(app, ctx);
    publicRoutes(app, ctx);
  },
  async start(ctx, log) {
    const listener = ctx.config.inboundSmtpPort >= 0 ? await startInboundSmtp(ctx, log) : null;
    smtp = listener ?? smtp;
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      sweepAll(ctx)
        .catch((error: unknown) => log.error({ err: error }, 'SLA sweep failed; it runs again shortly'))
        .finally(() => {
          running = false;
        });
    }, sweepEveryMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await listener?.stop();
      if (smtp === listener) smtp = null;
    };
  },
};
