import { z } from 'zod';

const n = z.number();

/** GET /api/territories/metrics: per state and per rep — total, unassigned, claimed, worked, coverage, conversion. */
export const territoryMetricsSchema = z.object({
  states: z.array(
    z.object({
      state: z.string().nullable(),
      total: n,
      unassigned: n,
      claimed: n,
      worked: n,
      coverage: n,
      conversion: n,
    }),
  ),
  reps: z.array(
    z.object({
      repId: z.string(),
      name: z.string(),
      states: z.array(z.string()),
      total: n,
      open: n,
      worked: n,
      coverage: n,
      conversion: n,
    }),
  ),
});
export type TerritoryMetrics = z.infer<typeof territoryMetricsSchema>;
