import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  forecastSchema,
  funnelSchema,
  heatmapSchema,
  kpisSchema,
  leaderboardSchema,
  liveCallersSchema,
  pipelineReportSchema,
  ReportName,
  territoryReportSchema,
  velocitySchema,
} from '../../../shared/deals';
import { api, apiUrl } from '../../api/client';
import type { paths } from '../../api/schema.gen';

export type ReportFilters = { from: string; to: string; repId?: string | null; state?: string | null };

/** Each report's answer, as its schema in src/shared states it. */
type Reports = {
  kpis: z.infer<typeof kpisSchema>;
  leaderboard: z.infer<typeof leaderboardSchema>;
  funnel: z.infer<typeof funnelSchema>;
  heatmap: z.infer<typeof heatmapSchema>;
  territories: z.infer<typeof territoryReportSchema>;
  velocity: z.infer<typeof velocitySchema>;
  forecast: z.infer<typeof forecastSchema>;
  pipeline: z.infer<typeof pipelineReportSchema>;
};

const reportPaths = {
  kpis: '/api/reports/kpis',
  leaderboard: '/api/reports/leaderboard',
  funnel: '/api/reports/funnel',
  heatmap: '/api/reports/heatmap',
  territories: '/api/reports/territories',
  velocity: '/api/reports/velocity',
  forecast: '/api/reports/forecast',
  pipeline: '/api/reports/pipeline',
} as const satisfies Record<ReportName, keyof paths>;

const csvPaths = {
  kpis: '/api/reports/kpis.csv',
  leaderboard: '/api/reports/leaderboard.csv',
  funnel: '/api/reports/funnel.csv',
  heatmap: '/api/reports/heatmap.csv',
  territories: '/api/reports/territories.csv',
  velocity: '/api/reports/velocity.csv',
  forecast: '/api/reports/forecast.csv',
  pipeline: '/api/reports/pipeline.csv',
} as const satisfies Record<ReportName, keyof paths>;

export function reportQuery(filters: ReportFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.repId) params.set('repId', filters.repId);
  if (filters.state) params.set('state', filters.state);
  return params.toString();
}

/** The CSV export of a report, for an `<a download>`. */
export function reportCsvUrl(name: ReportName, filters: ReportFilters): string {
  return apiUrl(csvPaths[name], { query: reportQuery(filters) });
}

export function useReport<N extends ReportName>(name: N, filters: ReportFilters) {
  return useQuery({
    queryKey: ['reports', name, filters],
    queryFn: async (): Promise<Reports[N]> => {
      const query = {
        from: filters.from,
        to: filters.to,
        ...(filters.repId ? { repId: filters.repId } : {}),
        ...(filters.state ? { state: filters.state } : {}),
      };
      // One route per report; the shared schema names the answer's record keys the document leaves open.
      return (await api.get(reportPaths[name] as (typeof reportPaths)[ReportName], {
        params: { query },
      })) as Reports[N];
    },
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
    queryFn: () => api.get('/api/reports/live'),
    refetchInterval: 15_000,
  });
}
