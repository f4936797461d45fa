import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import {
  memberIdParam,
  memberListQuery,
  memberPageSchema,
  memberSchema,
  mergeBody,
  mergeIdParam,
  mergeSuggestionSchema,
  noteBody,
  tagsBody,
  timelinePageSchema,
  timelineQuery,
} from '../schemas.ts';
import { addMemberNote, setMemberTags } from '../use-cases/annotate.ts';
import { mergeMembers, undoMerge } from '../use-cases/merge-members.ts';
import { mergeSuggestions } from '../use-cases/suggest-merges.ts';
import { outreachRoutes } from './outreach.ts';
import { segmentRoutes } from './segments.ts';
import { listMemberSummaries, readMember, readTimeline } from '../use-cases/read-members.ts';

const tags = ['members'];

export function memberRoutes(app: HearthApp, ctx: AppContext): void {
  segmentRoutes(app, ctx);
  outreachRoutes(app, ctx);
  app.get(
    '/api/members',
    {
      schema: {
        tags,
        summary:
          'Members, most recently active first; q matches a name, an email, a handle or a phone number',
        querystring: memberListQuery,
        response: { 200: memberPageSchema },
      },
    },
    async (request) => listMemberSummaries(ctx, request.actor, request.query),
  );
  app.get(
    '/api/members/:id',
    {
      schema: {
        tags,
        summary:
          'A member: identities, merges and what they did by kind (a merged id answers with the survivor)',
        params: memberIdParam,
        response: { 200: memberSchema },
      },
    },
    async (request) => readMember(ctx, request.actor, request.params.id),
  );
  app.get(
    '/api/members/:id/merge-suggestions',
    {
      schema: {
        tags,
        summary:
          'Members likely to be the same person (same full name and a handle made from their name or email, or the same company email domain), with the reasons',
        params: memberIdParam,
        response: { 200: z.object({ items: z.array(mergeSuggestionSchema) }) },
      },
    },
    async (request) => ({ items: await mergeSuggestions(ctx, request.actor, request.params.id) }),
  );
  app.post(
    '/api/members/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write a note on a member (staff only see it)',
        params: memberIdParam,
        body: noteBody,
        response: { 200: memberSchema },
      },
    },
    async (request) => addMemberNote(ctx, request.actor, request.params.id, request.body),
  );
  app.put(
    '/api/members/:id/tags',
    {
      schema: {
        tags,
        summary: 'Replace a member’s tags',
        params: memberIdParam,
        body: tagsBody,
        response: { 200: memberSchema },
      },
    },
    async (request) => setMemberTags(ctx, request.actor, request.params.id, request.body),
  );
  app.get(
    '/api/members/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Everything the member did anywhere, newest first',
        params: memberIdParam,
        querystring: timelineQuery,
        response: { 200: timelinePageSchema },
      },
    },
    async (request) => readTimeline(ctx, request.actor, request.params.id, request.query),
  );
  app.post(
    '/api/members/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge another member into this one (undoable)',
        params: memberIdParam,
        body: mergeBody,
        response: { 200: memberSchema },
      },
    },
    async (request) => mergeMembers(ctx, request.actor, request.params.id, request.body, request.meta),
  );
  app.post(
    '/api/members/merges/:mergeId/undo',
    {
      schema: {
        tags,
        summary: 'Undo a merge: the member merged in stands alone again, exactly as before',
        params: mergeIdParam,
        response: { 200: memberSchema },
      },
    },
    async (request) => undoMerge(ctx, request.actor, request.params.mergeId, request.meta),
  );
}
