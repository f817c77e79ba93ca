import { z } from 'zod';
import { namedRefSchema, versionSchema } from './common';
import { isoDaySchema } from './dates';

// Deals and the manager's reports (issue 7): the API contract shared by server routes and the web app.

export const dealStages = ['qualified', 'quote_sent', 'negotiation', 'won', 'lost'] as const;
export type DealStage = (typeof dealStages)[number];
export const openStages: readonly DealStage[] = ['qualified', 'quote_sent', 'negotiation'];
export const dealStageLabels: Record<DealStage, string> = {
  qualified: 'Qualified',
  quote_sent: 'Quote sent',
  negotiation: 'Negotiation',
  won: 'Won',
  lost: 'Lost',
};
/** Manager-editable defaults (setting `deals.probabilities`), in percent. */
export const defaultStageProbabilities: Record<DealStage, number> = {
  qualified: 20,
  quote_sent: 40,
  negotiation: 70,
  won: 100,
  lost: 0,
};

/** Stage probabilities (percent): 0–100 whole numbers; Won is 100 and Lost 0, fixed. */
export const stageProbabilitiesSchema = z
  .object(
    Object.fromEntries(dealStages.map((s) => [s, z.number().int().min(0).max(100)])) as Record<
      DealStage,
      z.ZodNumber
    >,
  )
  .refine((p) => p.won === 100 && p.lost === 0, {
    path: ['won'],
    message: 'Won is always 100% and Lost 0%.',
  });

const place = z.object({
  city: z.string().trim().max(120).nullable(),
  state: z.string().trim().max(2).nullable(),
});

/** The heavy-haul facts of the move. */
export const moveSchema = z.object({
  equipmentType: z.string().trim().max(200).nullable(),
  weightLb: z.number().int().min(0).max(2_000_000).nullable(),
  lengthFt: z.number().min(0).max(500).nullable(),
  widthFt: z.number().min(0).max(100).nullable(),
  heightFt: z.number().min(0).max(100).nullable(),
  origin: place,
  destination: place,
  pickupFrom: z.string().nullable(),
  pickupTo: z.string().nullable(),
  permitsNeeded: z.boolean(),
  escortsNeeded: z.boolean(),
});

export const dealSchema = z.object({
  id: z.string(),
  title: z.string(),
  valueCents: z.number().int(),
  stage: z.enum(dealStages),
  probability: z.number().int(),
  lostReason: z.string().nullable(),
  expectedCloseDate: z.string().nullable(),
  contact: namedRefSchema.nullable(),
  company: namedRefSchema.nullable(),
  owner: namedRefSchema,
  move: moveSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  stageChangedAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Deal = z.infer<typeof dealSchema>;

export const dealInputSchema = z.object({
  contactId: z.string().max(64),
  title: z.string().trim().min(1, 'Give the deal a title.').max(200),
  valueCents: z.number().int().min(0, 'A value can’t be negative.').max(100_000_000_00),
  stage: z.enum(openStages as [DealStage, ...DealStage[]]).default('qualified'),
  expectedCloseDate: isoDaySchema.nullable().optional(),
  ownerId: z.string().max(64).optional(),
  move: moveSchema.partial().optional(),
});
export const dealPatchSchema = dealInputSchema.omit({ contactId: true, stage: true }).partial().extend({
  version: versionSchema,
});
export const dealStageChangeSchema = z
  .object({
    stage: z.enum(dealStages),
    lostReason: z.string().trim().max(500).optional(),
    version: versionSchema,
  })
  .refine((b) => b.stage !== 'lost' || Boolean(b.lostReason), {
    path: ['lostReason'],
    message: 'Say why the deal was lost.',
  });
/** The route's body: the refine (Lost needs a reason) is checked in the service instead, 422 lost_reason_required. */
export const dealStageBodySchema = z.object(dealStageChangeSchema.shape);

export const dealListQuerySchema = z.object({
  stage: z.enum(dealStages).optional(),
  ownerId: z.string().max(64).optional(),
  contactId: z.string().max(64).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const dealListSchema = z.object({ items: z.array(dealSchema) });

/** Filters every report takes: `from`/`to` are YYYY-MM-DD (inclusive, org day), plus rep and state. */
export const reportQuerySchema = z.object({
  from: isoDaySchema,
  to: isoDaySchema,
  repId: z.string().max(64).optional(),
  state: z.string().length(2).optional(),
});
export const reportNames = [
  'kpis',
  'leaderboard',
  'funnel',
  'heatmap',
  'territories',
  'velocity',
  'forecast',
  'pipeline',
] as const;
export type ReportName = (typeof reportNames)[number];

const kpi = z.object({ value: z.number().nullable(), previous: z.number().nullable() });
export const kpisSchema = z.object({
  callsToday: kpi,
  conversionRate: kpi,
  pipelineValueCents: kpi,
  weightedPipelineCents: kpi,
  emailResponseRate: kpi,
  territoryCoverage: kpi,
  dealsWon: kpi,
  dealsWonCents: kpi,
});
export const leaderboardSchema = z.object({
  rows: z.array(
    z.object({
      repId: z.string(),
      name: z.string(),
      calls: z.number().int(),
      connects: z.number().int(),
      interested: z.number().int(),
      emails: z.number().int(),
      dealsWon: z.number().int(),
      wonCents: z.number().int(),
    }),
  ),
});
export const funnelSchema = z.object({
  steps: z.array(
    z.object({
      key: z.enum(['claimed', 'contacted', 'connected', 'interested', 'deal', 'won']),
      label: z.string(),
      count: z.number().int(),
      /** count ÷ previous step's count; null for the first step or when the previous is 0. */
      rate: z.number().nullable(),
    }),
  ),
});
export const heatmapSchema = z.object({
  /** 7 × 24 call counts; day 0 = Monday; hours in the org zone. */
  cells: z.array(z.object({ day: z.number().int(), hour: z.number().int(), calls: z.number().int() })),
});
export const territoryReportSchema = z.object({
  rows: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['state', 'rep']),
      leads: z.number().int(),
      worked: z.number().int(),
      coverage: z.number().nullable(),
      conversion: z.number().nullable(),
      pipelineCents: z.number().int(),
    }),
  ),
});
export const velocitySchema = z.object({
  rows: z.array(
    z.object({
      repId: z.string(),
      name: z.string(),
      medianDaysToDeal: z.number().nullable(),
      medianDaysToWon: z.number().nullable(),
      deals: z.number().int(),
    }),
  ),
});
export const forecastSchema = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      weightedCents: z.number().int(),
      openCents: z.number().int(),
      /** win rate × open value, by deal age, from closed-deal history. */
      historicalCents: z.number().int(),
    }),
  ),
});

/** Open deals by stage as of the period's end (or now): how many, their value, and weighted by probability. */
export const pipelineReportSchema = z.object({
  rows: z.array(
    z.object({
      stage: z.enum(dealStages),
      deals: z.number().int(),
      cents: z.number().int(),
      weightedCents: z.number().int(),
    }),
  ),
});

/** Live activity (server-sent events on GET /api/events/stream). */
export const activityEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  at: z.string(),
  actor: namedRefSchema.nullable(),
  contact: namedRefSchema.nullable(),
  summary: z.string(),
});

/** Who is calling right now (GET /api/reports/live, and the stream's `calling` event). */
export const liveCallersSchema = z.array(
  z.object({
    repId: z.string(),
    name: z.string(),
    contactId: z.string(),
    contactName: z.string(),
    since: z.string(),
  }),
);
