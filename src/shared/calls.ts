import { z } from 'zod';
import { namedRefSchema, versionSchema } from './common';
import { contactSchema, contactStatusSchema } from './contacts';
import { isoDaySchema } from './dates';

// The call campaign's API contract (issue 5), shared by the server's route schemas and the web app.

export const callOutcomes = [
  'no_answer',
  'left_voicemail',
  'interested',
  'callback',
  'not_interested',
  'wrong_number',
  'do_not_call',
] as const;
export const callOutcomeSchema = z.enum(callOutcomes);
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

/** The keys of the outcome buttons in the call flow, in button order. */
export const outcomeShortcuts: Record<CallOutcome, string> = {
  no_answer: '1',
  left_voicemail: '2',
  interested: '3',
  callback: '4',
  not_interested: '5',
  wrong_number: '6',
  do_not_call: '7',
};

/** A connect is a call where the rep spoke with the person (docs/metrics.md says so too). */
export const connectOutcomes: readonly CallOutcome[] = [
  'interested',
  'callback',
  'not_interested',
  'do_not_call',
];
/** Outcomes after which the lead comes back for another try, after the cool-down. */
export const retryOutcomes: readonly CallOutcome[] = ['no_answer', 'left_voicemail'];

export const isoDateTime = z.iso.datetime({ offset: true });

export const logCallSchema = z
  .object({
    outcome: callOutcomeSchema,
    notes: z.string().trim().max(5000, 'Keep notes under 5,000 characters.').default(''),
    durationSec: z.number().int().min(0).max(86_400),
    /** Required for a callback; optional follow-up for Interested (creates a task). */
    followUpAt: isoDateTime.nullish(),
    /** The contact version the rep saw; a stale one gets 409 with the current contact. */
    contactVersion: versionSchema.optional(),
  })
  .refine((c) => c.outcome !== 'callback' || Boolean(c.followUpAt), {
    path: ['followUpAt'],
    message: 'A callback needs a date and time.',
  });
export type LogCallInput = z.input<typeof logCallSchema>;
/** The route's body: the refine (a callback needs a time) is checked in the service instead, 422 follow_up_required. */
export const logCallBodySchema = z.object(logCallSchema.shape);

export const callSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  rep: namedRefSchema,
  outcome: callOutcomeSchema,
  notes: z.string(),
  durationSec: z.number().int(),
  followUpAt: z.string().nullable(),
  calledAt: z.string(),
});
export type Call = z.infer<typeof callSchema>;
/** POST /api/contacts/:id/calls: the call and the contact as it is after it. */
export const loggedCallSchema = z.object({ call: callSchema, contact: contactSchema });

export const callListGroups = ['overdue', 'due_today', 'new', 'retry'] as const;
export type CallListGroup = (typeof callListGroups)[number];

export const callListItemSchema = z.object({
  contactId: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  phoneE164: z.string().nullable(),
  state: z.string().nullable(),
  timeZone: z.string().nullable(),
  /** The lead's local time now, e.g. "2:30 PM CT". */
  localTime: z.string().nullable(),
  group: z.enum(callListGroups),
  /** Why it is on the list: "Callback promised for 2:30 PM CT", "Never called", "Retry: No Answer 2 days ago". */
  reason: z.string(),
  status: contactStatusSchema,
  attempts: z.number().int(),
  lastCallAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** Held back only: when calling hours open in the lead's zone, e.g. "opens at 8:00 AM CT". */
  opensAt: z.string().nullable(),
  /** Another person has it open in the call flow. */
  leasedBy: namedRefSchema.nullable(),
});
export type CallListItem = z.infer<typeof callListItemSchema>;

export const callListStatsSchema = z.object({
  callsToday: z.number().int(),
  dailyTarget: z.number().int().nullable(),
  connectsToday: z.number().int(),
  interestedToday: z.number().int(),
  /** interested ÷ connects, 0–1; null when there were no connects. */
  conversionToday: z.number().nullable(),
  conversionWeek: z.number().nullable(),
});

export const callListSchema = z.object({
  items: z.array(callListItemSchema),
  heldBack: z.array(callListItemSchema),
  stats: callListStatsSchema,
});
export type CallList = z.infer<typeof callListSchema>;
/** Managers: any rep's call list or numbers (repId); reps get their own. */
export const callListQuerySchema = z.object({ repId: z.string().max(64).optional() });

export const leaseSchema = z.object({
  contactId: z.string(),
  user: namedRefSchema,
  expiresAt: z.string(),
});
/** DELETE /api/contacts/:id/lease: with a reason it is a skip in the call flow (call.skipped on the timeline). */
export const leaseReleaseSchema = z
  .object({ reason: z.string().trim().min(1, 'Say why you are skipping it.').max(500) })
  .nullish();

/** Organisation dates from..to, inclusive (default the last 14 days). */
export const callMetricsQuerySchema = callListQuerySchema.extend({
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
});

export const callMetricsSchema = z.object({
  from: z.string(),
  to: z.string(),
  perDay: z.array(z.object({ date: z.string(), calls: z.number().int(), connects: z.number().int() })),
  outcomes: z.record(callOutcomeSchema, z.number().int()),
  calls: z.number().int(),
  connects: z.number().int(),
  connectRate: z.number().nullable(),
  interestedRate: z.number().nullable(),
  talkTimeSec: z.number().int(),
  followUpsDue: z.number().int(),
  followUpsKeptOnTime: z.number().int(),
  dailyTarget: z.number().int().nullable(),
});
export type CallMetrics = z.infer<typeof callMetricsSchema>;

export const talkingPointsSchema = z.object({
  text: z.string().max(20_000),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export const talkingPointsInputSchema = z.object({ text: talkingPointsSchema.shape.text });

/** When a No Answer / Left Voicemail lead comes back on the call list, and how many tries it gets. */
export const callRulesSchema = z.object({
  retryCoolDownHours: z.number().int().min(1, 'At least 1 hour.').max(720, 'At most 720 hours (30 days).'),
  maxAttempts: z.number().int().min(1, 'At least 1 attempt.').max(50, 'At most 50 attempts.'),
});
export type CallRules = z.infer<typeof callRulesSchema>;
export const callRulesPatchSchema = callRulesSchema.partial();
