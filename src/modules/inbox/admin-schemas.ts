import { z } from 'zod';
import { priorities } from './schemas.ts';

const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times are HH:MM, 00:00–23:59.');
// "Until 24:00" is how people say "until midnight": stored as 00:00, which the calendar reads as
// running past midnight, i.e. to the end of the day.
const endTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Times are HH:MM, 00:00–24:00.')
  .transform((value) => (value === '24:00' ? '00:00' : value));
const day = z.iso.date();
const intervals = z.array(z.object({ start: startTime, end: endTime })).max(6);

export const calendarSchema = z.object({
  timezone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone; use an IANA name like Europe/Berlin.'),
  // Days left out are closed (a record over the enum would demand all seven).
  weekly: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), intervals),
  holidays: z.array(day).max(400).default([]),
  exceptions: z
    .array(z.object({ date: day, intervals }))
    .max(400)
    .default([]),
});

const field = z.enum(['channel', 'space', 'memberRole', 'intent']);
const word = z.string().trim().min(1).max(100);
export const conditionSchema = z.union([
  z.object({ field, op: z.enum(['is', 'is_not']), value: word }),
  z.object({ field, op: z.literal('any_of'), value: z.array(word).min(1).max(50) }),
  z.object({ field: z.literal('text'), op: z.literal('contains_any'), value: z.array(word).min(1).max(100) }),
  z.object({ field: z.literal('tags'), op: z.enum(['has', 'has_not']), value: word }),
  z.object({
    field: z.literal('sentiment'),
    op: z.enum(['below', 'above']),
    value: z.number().min(-1).max(1),
  }),
  z.object({ field: z.literal('withinBusinessHours'), op: z.literal('is'), value: z.boolean() }),
]);

export const actionsSchema = z
  .object({
    teamId: z.uuid().optional(),
    priority: z.enum(priorities).optional(),
    assigneeId: z.uuid().optional(),
    slaPolicyId: z.uuid().optional(),
    addTags: z.array(word).max(20).optional(),
  })
  .refine(
    (actions) => Object.values(actions).some((value) => value !== undefined),
    'Choose at least one action.',
  );

export const ruleSchema = z.object({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  conditions: z.array(conditionSchema).max(20),
  actions: actionsSchema,
  stop: z.boolean().default(false),
});
export const orderSchema = z.object({ ids: z.array(z.uuid()).min(1).max(500) });

const minutes = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 90)
  .nullable();
export const slaPolicySchema = z.object({
  name: z.string().trim().min(1).max(120),
  conditions: z.array(conditionSchema).max(20),
  firstResponseMinutes: minutes,
  nextResponseMinutes: minutes,
  resolutionMinutes: minutes,
  warnBeforeMinutes: z
    .array(
      z
        .number()
        .int()
        .min(1)
        .max(60 * 24 * 7),
    )
    .max(5)
    .default([15, 5]),
  businessHours: z.boolean().default(true),
  escalation: z
    .array(
      z.object({
        afterMinutes: z
          .number()
          .int()
          .min(0)
          .max(60 * 24 * 30),
        action: z.enum(['notify_lead', 'reassign', 'raise_priority']),
      }),
    )
    .max(5)
    .default([]),
});

const teamFields = {
  name: z.string().trim().min(1).max(80),
  leadId: z.uuid().nullable(),
  calendar: calendarSchema.nullable(),
  assignment: z.enum(['manual', 'round_robin', 'balanced']),
  members: z
    .array(z.object({ userId: z.uuid(), capacity: z.number().int().min(1).max(500).default(10) }))
    .max(200),
};
export const teamSchema = z.object({
  name: teamFields.name,
  leadId: teamFields.leadId.default(null),
  calendar: teamFields.calendar.default(null),
  assignment: teamFields.assignment.default('manual'),
  members: teamFields.members.default([]),
});
// No defaults here: a field left out of a change stays as it is (a default would wipe it).
export const teamPatchSchema = z.object(teamFields).partial().extend({ archived: z.boolean().optional() });
export const teamIdParam = z.object({ id: z.uuid({ message: 'Expected a team id (UUID).' }) });
export const idParam = z.object({ id: z.uuid({ message: 'Expected an id (UUID).' }) });

export const shiftSchema = z
  .object({
    teamId: z.uuid(),
    userId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
  })
  .refine((shift) => Date.parse(shift.endsAt) > Date.parse(shift.startsAt), {
    message: 'A shift ends after it starts.',
    path: ['endsAt'],
  })
  .refine((shift) => Date.parse(shift.endsAt) - Date.parse(shift.startsAt) <= 24 * 60 * 60_000, {
    message: 'A shift lasts at most 24 hours: add one per day.',
    path: ['endsAt'],
  });
export const shiftsQuery = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    teamId: z.uuid().optional(),
  })
  .refine((query) => Date.parse(query.to) > Date.parse(query.from), {
    message: 'to comes after from.',
    path: ['to'],
  })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 62 * 24 * 60 * 60_000, {
    message: 'Ask for at most 62 days at a time.',
    path: ['to'],
  });
export const coverageQuery = z.object({
  /** Where to start looking (default now; a past start is moved to now: holes behind us help nobody). */
  from: z.iso.datetime({ offset: true }).optional(),
  days: z.coerce.number().int().min(1).max(31).default(7),
  teamId: z.uuid().optional(),
});

export const settingsSchema = z.object({
  calendar: calendarSchema.nullable().optional(),
  highLoadPerAgent: z.number().int().min(1).max(1000).optional(),
  offHoursMessage: z.string().trim().min(1).max(1000).optional(),
  learnedRouting: z.enum(['off', 'suggest', 'apply']).optional(),
  applyConfidence: z.number().min(0.3).max(1).optional(),
});

export const savedReplySchema = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(20_000),
});

export const apiChannelSchema = z.object({ name: z.string().trim().min(1).max(80) });
