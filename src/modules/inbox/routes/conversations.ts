import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  conversationDetailSchema,
  conversationIdParam,
  conversationListSchema,
  escalateSchema,
  listQuery,
  noteSchema,
  phoneNoteSchema,
  presenceSchema,
  replySchema,
  scopeChangeInput,
  updateConversationSchema,
} from '../schemas.ts';
import { addNote } from '../use-cases/add-note.ts';
import { escalateConversation } from '../use-cases/escalate.ts';
import { listInbox } from '../use-cases/list-conversations.ts';
import { logPhoneCall } from '../use-cases/log-phone-call.ts';
import { announcePresence } from '../use-cases/presence.ts';
import { readConversation } from '../use-cases/read-conversation.ts';
import { recordScopeChange } from '../use-cases/record-scope-change.ts';
import { replyToConversation } from '../use-cases/reply.ts';
import { fillReply } from '../use-cases/saved-replies.ts';
import { updateConversationFields } from '../use-cases/update-conversation.ts';

const tags = ['inbox'];
const detail = { 200: z.object({ conversation: conversationDetailSchema }) };

export function conversationRoutes(app: HearthApp, ctx: AppContext): void {
  app.get(
    '/api/inbox/conversations',
    {
      schema: {
        tags,
        summary: 'The inbox: a view (all, mine, unassigned, breaching, resolved) and filters',
        querystring: listQuery,
        response: { 200: conversationListSchema },
      },
    },
    async (request) => listInbox(ctx, request.actor, request.query),
  );
  app.get(
    '/api/inbox/conversations/:id',
    {
      schema: {
        tags,
        summary: 'One conversation with messages, notes, timeline, clocks and routing trace',
        params: conversationIdParam,
        response: detail,
      },
    },
    async (request) => ({ conversation: await readConversation(ctx, request.actor, request.params.id) }),
  );
  app.patch(
    '/api/inbox/conversations/:id',
    {
      schema: {
        tags,
        summary: 'Change status (snooze with snoozedUntil), priority, tags, team or assignee',
        params: conversationIdParam,
        body: updateConversationSchema,
        response: detail,
      },
    },
    async (request) => ({
      conversation: await updateConversationFields(ctx, request.actor, request.params.id, request.body),
    }),
  );
  app.post(
    '/api/inbox/conversations/:id/replies',
    {
      schema: {
        tags,
        summary: "Reply into the conversation's channel (409 REPLY_COLLISION if someone else just replied)",
        params: conversationIdParam,
        body: replySchema,
        response: detail,
      },
    },
    async (request) => ({
      conversation: await replyToConversation(ctx, request.actor, request.params.id, request.body),
    }),
  );
  app.post(
    '/api/inbox/conversations/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add an internal note (@mentions notify colleagues)',
        params: conversationIdParam,
        body: noteSchema,
        response: detail,
      },
    },
    async (request) => ({
      conversation: await addNote(ctx, request.actor, request.params.id, request.body.markdown),
    }),
  );
  app.post(
    '/api/inbox/conversations/:id/escalations',
    {
      schema: {
        tags,
        summary: 'Escalate to a team or a person, with a reason',
        params: conversationIdParam,
        body: escalateSchema,
        response: detail,
      },
    },
    async (request) => ({
      conversation: await escalateConversation(ctx, request.actor, request.params.id, request.body),
    }),
  );
  app.post(
    '/api/inbox/conversations/:id/scope-changes',
    {
      schema: {
        tags,
        summary: 'Record a change of scope or money (what, old, new, agreed by)',
        params: conversationIdParam,
        body: scopeChangeInput,
        response: detail,
      },
    },
    async (request) => ({
      conversation: await recordScopeChange(ctx, request.actor, request.params.id, request.body),
    }),
  );
  app.post(
    '/api/inbox/conversations/:id/presence',
    {
      schema: {
        tags,
        summary: 'Tell colleagues you are viewing or typing (repeat every few seconds)',
        params: conversationIdParam,
        body: presenceSchema,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await announcePresence(ctx, request.actor, request.params.id, request.body.state);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/inbox/conversations/:id/saved-replies/:replyId',
    {
      schema: {
        tags,
        summary: "A saved reply with this conversation's names filled in",
        params: conversationIdParam.extend({ replyId: z.uuid() }),
        response: { 200: z.object({ markdown: z.string() }) },
      },
    },
    async (request) => fillReply(ctx, request.actor, request.params.id, request.params.replyId),
  );
  app.post(
    '/api/inbox/phone-calls',
    {
      schema: {
        tags,
        summary: 'Log a phone call as a conversation',
        body: phoneNoteSchema,
        response: detail,
      },
    },
    async (request) => ({ conversation: await logPhoneCall(ctx, request.actor, request.body) }),
  );
}
