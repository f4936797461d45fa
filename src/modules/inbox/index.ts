import type { HearthModule } from '../../http/module.ts';
import { apiChannel, phoneChannel } from './channels/local-channels.ts';
import { emailChannel } from './channels/email-channel.ts';
import { forumChannel, subscribeToForum } from './channels/forum-channel.ts';
import { registerChannel } from './channels/channel.ts';
import { inboxErrors } from './errors.ts';
import { adminRoutes } from './routes/admin.ts';
import { conversationRoutes } from './routes/conversations.ts';
import { publicRoutes } from './routes/public.ts';
import { reportRoutes } from './routes/reports.ts';
import { workspaceRoutes } from './routes/workspace.ts';
import { startSchedules } from './schedules.ts';
import { startInboundSmtp, type InboundSmtp } from './channels/smtp-listener.ts';
import { inboxPrivacy } from './privacy.ts';

export {
  inboxFacts,
  type ConversationOpenedFact,
  type ConversationRatedFact,
  type SlaBreachedFact,
} from './facts.ts';
export { registerChannel, channelOf, type InboxChannel, type OutgoingReply } from './channels/channel.ts';
export { recordReply as recordChannelReply } from './channels/local-channels.ts';
export { registerMailRoute, type MailRoute } from './channels/mail-routes.ts';
export { ingestMessage, type InboundMessage, type IngestResult } from './use-cases/ingest-message.ts';
export { sweepSla } from './use-cases/sweep-sla.ts';
export { memberWroteSince } from './queries/conversations.ts';
export { conversationSource, type ConversationSource } from './use-cases/conversation-source.ts';
// What the demo plays its history through: the same use cases people use.
export { addNote } from './use-cases/add-note.ts';
export { addShift } from './use-cases/rota.ts';
export { createChannel } from './use-cases/api-channels.ts';
export { createReply } from './use-cases/saved-replies.ts';
export { createRoutingRule } from './use-cases/manage-rules.ts';
export { createTeam } from './use-cases/manage-teams.ts';
export { escalateConversation } from './use-cases/escalate.ts';
export { logPhoneCall } from './use-cases/log-phone-call.ts';
export { openRatingToken } from './use-cases/request-rating.ts';
export { rateConversation } from './use-cases/rate-conversation.ts';
export { recordScopeChange } from './use-cases/record-scope-change.ts';
export { replyToConversation } from './use-cases/reply.ts';
export { saveInboxSettings } from './use-cases/manage-sla.ts';
export { trainFromHistory } from './use-cases/train-router.ts';
export { updateConversationFields } from './use-cases/update-conversation.ts';
export { ruleSchema, teamSchema } from './admin-schemas.ts';
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

let smtp: InboundSmtp | null = null;

/** The running inbound SMTP listener of this process (tests read its port). */
export function inboundSmtp(): InboundSmtp | null {
  return smtp;
}

/** One inbox for every channel: routing, assignment, SLA clocks, replies, ratings. */
export const inboxModule: HearthModule = {
  name: 'inbox',
  privacy: inboxPrivacy,
  errors: [inboxErrors],
  subscribe(ctx) {
    for (const channel of [forumChannel, emailChannel, apiChannel, phoneChannel]) registerChannel(channel);
    subscribeToForum(ctx);
  },
  routes(app, ctx) {
    conversationRoutes(app, ctx);
    adminRoutes(app, ctx);
    publicRoutes(app, ctx);
    workspaceRoutes(app, ctx);
    reportRoutes(app, ctx);
  },
  async start(ctx, log) {
    const listener = ctx.config.inboundSmtpPort >= 0 ? await startInboundSmtp(ctx, log) : null;
    smtp = listener ?? smtp;
    const stopSchedules = startSchedules(ctx, log);
    return async () => {
      stopSchedules();
      await listener?.stop();
      if (smtp === listener) smtp = null;
    };
  },
};
