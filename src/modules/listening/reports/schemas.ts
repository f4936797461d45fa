import { z } from 'zod';

/** The longest range a report covers, both ends included. */
export const maxReportDays = 366;
/** Longer ranges are counted per week (Monday to Sunday, UTC) instead of per day. */
export const maxDailyDays = 60;
/** Without from/to: the 30 days up to today (UTC). */
export const defaultReportDays = 30;

const dayMs = 24 * 60 * 60_000;
const isoDate = z.iso.date({ message: 'Expected a date like 2026-11-23.' });

/** Whole UTC days, both ends included; at most a year at a time. */
export const listeningReportQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    ruleId: z.uuid({ message: 'Expected a watch rule id (UUID).' }).optional(),
    sourceId: z.uuid({ message: 'Expected a source id (UUID).' }).optional(),
    platform: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'A platform is a short lower-case word, like twitter or news.')
      .optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'from is on or before to.',
    path: ['to'],
  })
  .refine(
    (query) =>
      !query.from || !query.to || Date.parse(query.to) - Date.parse(query.from) < maxReportDays * dayMs,
    { message: `Ask for at most ${maxReportDays} days at a time.`, path: ['to'] },
  );
export type ListeningReportQuery = z.infer<typeof listeningReportQuery>;

const share = z.number().nullable().describe('0…1; null without mentions');
const sentiment = z.number().nullable().describe('−1…1; null without mentions');

/** Mentions and how they felt, for a period, a group or a whole range. */
export const sentimentStatsSchema = z.object({
  mentions: z.number().int(),
  averageSentiment: sentiment,
  negative: z.number().int(),
  neutral: z.number().int(),
  positive: z.number().int(),
  negativeShare: share,
  neutralShare: share,
  positiveShare: share,
});
const pointSchema = sentimentStatsSchema.extend({ period: z.string().describe('The start of its period') });

/** The range against the one before it. */
const changeSchema = z.object({
  mentions: z.number().int().describe('Mentions now minus mentions before'),
  mentionsRatio: z.number().nullable().describe('(now − before) / before; null when there were none before'),
  averageSentiment: z.number().nullable().describe('Now minus before'),
  negativeShare: z.number().nullable().describe('Now minus before, as a share'),
  positiveShare: z.number().nullable().describe('Now minus before, as a share'),
});

const groupSchema = sentimentStatsSchema.extend({
  /** Platform name, source id or rule id; null for items that match no watch rule. */
  id: z.string().nullable(),
  name: z.string(),
  archived: z.boolean(),
  previous: sentimentStatsSchema,
  change: changeSchema,
  series: z.array(pointSchema),
});

export const themeStatuses = ['new', 'rising', 'steady', 'falling', 'sparse'] as const;
const themeSchema = z.object({
  phrase: z.string(),
  count: z.number().int().describe('Mentions with the phrase in the range'),
  share: z.number().describe('count / mentions in the range'),
  previous: z.number().int().describe('Mentions with the phrase in the range before'),
  growth: z.number().nullable().describe('count / previous; null when there were none before'),
  status: z.enum(themeStatuses),
  averageSentiment: z.number().nullable(),
  periodsPresent: z.number().int(),
  series: z.array(z.number().int()).describe('Count per period, in the order of `periods`'),
});

export const listeningReportSchema = z.object({
  range: z.object({
    from: z.string(),
    to: z.string(),
    days: z.number().int(),
    timezone: z.literal('UTC'),
    granularity: z.enum(['day', 'week']),
    previous: z.object({ from: z.string(), to: z.string() }),
  }),
  filters: z.object({
    ruleId: z.string().nullable(),
    sourceId: z.string().nullable(),
    platform: z.string().nullable(),
  }),
  periods: z.array(
    z.object({
      start: z.string().describe('The first day of the period inside the range'),
      end: z.string().describe('The last day of the period inside the range'),
      days: z.number().int(),
    }),
  ),
  totals: z.object({ current: sentimentStatsSchema, previous: sentimentStatsSchema, change: changeSchema }),
  trend: z.array(pointSchema),
  byPlatform: z.array(groupSchema),
  bySource: z.array(groupSchema),
  /** An item can match several rules: these rows may add up to more than the total. */
  byRule: z.array(groupSchema),
  themes: z.object({
    rules: z.object({
      newMinCount: z.number().int(),
      risingMinCount: z.number().int(),
      risingGrowth: z.number(),
      fallingGrowth: z.number(),
      recurringShare: z.number(),
    }),
    top: z.array(themeSchema),
    rising: z.array(themeSchema),
    recurring: z.array(themeSchema),
  }),
});
export type ListeningReport = z.infer<typeof listeningReportSchema>;
export type SentimentStats = z.infer<typeof sentimentStatsSchema>;
export type SentimentPoint = z.infer<typeof pointSchema>;
export type SentimentChange = z.infer<typeof changeSchema>;
export type SentimentGroup = z.infer<typeof groupSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ThemeStatus = (typeof themeStatuses)[number];
