import { z } from 'zod';

/** The longest range the demand report covers, both ends included. */
export const maxDemandDays = 366;
/** Without from/to: the 30 days up to today (UTC). */
export const defaultDemandDays = 30;
/** The most ideas and bug themes the report ranks. */
export const demandLimits = { ideas: 20, themes: 15, examples: 3 } as const;
/** The most bug reports read per channel (newest first); the report says when it stopped there. */
export const bugReadCap = 5000;

const dayMs = 24 * 60 * 60_000;
const isoDate = z.iso.date({ message: 'Expected a date like 2026-11-23.' });

/** Whole UTC days, both ends included; at most a year at a time. */
export const demandReportQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'from is on or before to.',
    path: ['to'],
  })
  .refine(
    (query) =>
      !query.from || !query.to || Date.parse(query.to) - Date.parse(query.from) < maxDemandDays * dayMs,
    { message: `Ask for at most ${maxDemandDays} days at a time.`, path: ['to'] },
  );
export type DemandReportQuery = z.infer<typeof demandReportQuery>;

/** Where a vote (or an idea) came from: a click on the board, or captured by staff from elsewhere. */
export const ideaChannels = ['board', 'conversation', 'mention', 'post'] as const;
export type IdeaChannel = (typeof ideaChannels)[number];
const byIdeaChannel = z.object({
  board: z.number().int().describe('Clicks on the board'),
  conversation: z.number().int().describe('Captured from inbox conversations'),
  mention: z.number().int().describe('Captured from listening mentions'),
  post: z.number().int().describe('Captured from forum posts'),
});

/** Where a bug was reported: a listening mention, an inbox conversation or a forum thread. */
export const bugChannels = ['mention', 'conversation', 'thread'] as const;
export type BugChannel = (typeof bugChannels)[number];
const byBugChannel = z.object({
  mention: z.number().int(),
  conversation: z.number().int(),
  thread: z.number().int(),
});

const requestedIdeaSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  board: z.object({ name: z.string(), slug: z.string() }),
  link: z.string().describe('/ideas/:id'),
  votes: z.number().int().describe('Votes cast in the range'),
  totalVotes: z.number().int().describe('Votes it has now'),
  byChannel: byIdeaChannel.describe('Votes cast in the range, by where they came from'),
  demand: z.number().describe('Votes in the range weighed as the board’s demand sort weighs voters'),
  createdAt: z.string(),
});

const bugExampleSchema = z.object({
  channel: z.enum(bugChannels),
  id: z.string(),
  title: z.string(),
  link: z.string().describe('/listening/items/:id, /inbox/c/:id or /t/:id'),
  at: z.string(),
});

const bugThemeSchema = z.object({
  phrase: z.string(),
  total: z.number().int().describe('Bug reports with the phrase in the range'),
  byChannel: byBugChannel,
  firstSeen: z.string(),
  lastSeen: z.string(),
  examples: z.array(bugExampleSchema).describe('The newest few'),
});

export const demandReportSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), days: z.number().int(), timezone: z.literal('UTC') }),
  ideas: z.object({
    /** Open ideas (not shipped, declined or merged) with votes in the range, most first. */
    top: z.array(requestedIdeaSchema),
    newIdeas: byIdeaChannel
      .extend({ total: z.number().int() })
      .describe('Ideas created in the range (any status), by where they came from'),
  }),
  bugs: z.object({
    reports: byBugChannel.extend({ total: z.number().int() }).describe('Bug reports found in the range'),
    read: byBugChannel.describe('Items read per channel to find them'),
    /** At most this many items are read per channel, newest first. */
    readCap: z.number().int(),
    capped: z.boolean().describe('Whether a channel had more items in the range than the cap'),
    /** A report counts under each of its key phrases, so themes may add up to more than the total. */
    themes: z.array(bugThemeSchema),
  }),
});
export type DemandReport = z.infer<typeof demandReportSchema>;
export type RequestedIdea = z.infer<typeof requestedIdeaSchema>;
export type BugTheme = z.infer<typeof bugThemeSchema>;
export type BugExample = z.infer<typeof bugExampleSchema>;
