import { z } from 'zod';

export const maxDays = 92;
const dayMs = 24 * 60 * 60_000;
const isoDate = z.iso.date({ message: 'Expected a date like 2026-11-23.' });

/** Whole days in the inbox's time zone, both ends included; at most a quarter at a time. */
export const reportQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    teamId: z.uuid().optional(),
    channel: z.string().max(40).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'from is on or before to.',
    path: ['to'],
  })
  .refine(
    (query) => !query.from || !query.to || Date.parse(query.to) - Date.parse(query.from) < maxDays * dayMs,
    {
      message: `Ask for at most ${maxDays} days at a time.`,
      path: ['to'],
    },
  );
export type ReportQuery = z.infer<typeof reportQuery>;

const minutes = z.number().nullable();
const distributionSchema = z.object({
  count: z.number().int(),
  medianMinutes: minutes,
  p90Minutes: minutes,
  buckets: z.array(
    z.object({ label: z.string(), upToMinutes: z.number().nullable(), count: z.number().int() }),
  ),
});
const rowSchema = z.object({
  id: z.string().nullable(),
  name: z.string(),
  conversations: z.number().int(),
  resolved: z.number().int(),
  firstResponseMedian: minutes,
  firstResponseP90: minutes,
  resolutionMedian: minutes,
  slaAttainment: z.number().nullable(),
  breaches: z.number().int(),
  escalations: z.number().int(),
  csatAverage: z.number().nullable(),
  csatResponses: z.number().int(),
});

export const reportSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), timezone: z.string() }),
  totals: z.object({
    conversations: z.number().int(),
    resolved: z.number().int(),
    reopened: z.number().int(),
    deflected: z.number().int(),
    escalated: z.number().int(),
    breaches: z.number().int(),
    slaAttainment: z.number().nullable(),
    csatAverage: z.number().nullable(),
    csatResponses: z.number().int(),
  }),
  firstResponse: distributionSchema,
  resolution: distributionSchema,
  volumeByChannel: z.array(z.object({ channel: z.string(), label: z.string(), count: z.number().int() })),
  volumeByHour: z.array(z.object({ hour: z.number().int(), count: z.number().int() })),
  backlog: z.array(z.object({ date: z.string(), open: z.number().int() })),
  perTeam: z.array(rowSchema),
  perAgent: z.array(rowSchema),
  csatByChannel: z.array(
    z.object({
      channel: z.string(),
      label: z.string(),
      average: z.number().nullable(),
      responses: z.number().int(),
    }),
  ),
});
export type InboxReport = z.infer<typeof reportSchema>;
