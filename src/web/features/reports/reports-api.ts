import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  forecastSchema,
  funnelSchema,
  heatmapSchema,
  kpisSchema,
  leaderboardSchema,
  liveCallersSchema,
  pipelineReportSchema,
  type ReportName,
  territoryReportSchema,
  velocitySchema,
} from '../../../shared/deals';
import { api } from '../../api/client';

export type ReportFilters = { from: string; to: string; repId?: string | null; state?: string | null };

const schemas = {
  kpis: kpisSchema,
  leaderboard: leaderboardSchema,
  funnel: funnelSchema,
  heatmap: heatmapSchema,
  territories: territoryReportSchema,
  velocity: velocitySchema,
  forecast: forecastSchema,
  pipeline: pipelineReportSchema,
} satisfies Record<ReportName, z.ZodType>;

export function reportQuery(filters: ReportFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.repId) params.set('repId', filters.repId);
  if (filters.state) params.set('state', filters.state);
  return params.toString();
}

/** The CSV export of a report, for an `<a download>`. */
export function reportCsvUrl(name: ReportName, filters: ReportFilters): string {
  return `/api/reports/${name}.csv?${reportQuery(filters)}`;
}

export function useReport<N extends ReportName>(name: N, filters: ReportFilters) {
  return useQuery({
    queryKey: ['reports', name, filters],
    queryFn: async (): Promise<z.infer<(typeof schemas)[N]>> =>
      schemas[name].parse(await api.get(`/api/reports/${name}?${reportQuery(filters)}`)) as z.infer<
        (typeof schemas)[N]
      >,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export type LiveRep = z.infer<typeof liveCallersSchema>[number];

/**
 * Who is calling right now (a call-flow lease is open): pushed by the activity stream's `calling` events
 * (use-activity-stream.ts), and refreshed every 15 seconds for leases that lapse.
 */
export function useLiveReps() {
  return useQuery({
    queryKey: ['reports', 'live'],
    queryFn: async () => liveCallersSchema.parse(await api.get('/api/reports/live')),
    refetchInterval: 15_000,
  });
}
