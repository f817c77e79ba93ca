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

/** The states one rep works (GET /api/territories lists one per rep). */
export const territorySchema = z.object({ repId: z.string(), states: z.array(z.string()) });
export type Territory = z.infer<typeof territorySchema>;
export const territoryListSchema = z.array(territorySchema);
export const territoryParamsSchema = z.object({ repId: z.string().min(1).max(64) });
export const territoryInputSchema = z.object({ states: z.array(z.string().trim().toUpperCase()).max(51) });
