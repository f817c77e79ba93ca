import type { z } from 'zod';
import {
  forecastSchema,
  funnelSchema,
  heatmapSchema,
  kpisSchema,
  leaderboardSchema,
  pipelineReportSchema,
  type ReportName,
  territoryReportSchema,
  velocitySchema,
} from '../../../shared/deals';
import type { Actor, AppContext } from '../../context';
import { forecastReport } from './forecast';
import { funnelReport } from './funnel';
import { heatmapReport } from './heatmap';
import { kpisReport } from './kpis';
import { leaderboardReport } from './leaderboard';
import { pipelineReport } from './pipeline';
import type { ReportQuery } from './scope';
import { territoryReport } from './territories';
import { velocityReport } from './velocity';

export type Report = {
  schema: z.ZodType;
  run: (ctx: AppContext, actor: Actor, q: ReportQuery) => Promise<unknown>;
  summary: string;
};

/** Every report by name: its response schema, the function and the API summary (routes and the report workers). */
export const reports: Record<ReportName, Report> = {
  kpis: { schema: kpisSchema, run: kpisReport, summary: 'Dashboard cards, with the previous period' },
  leaderboard: { schema: leaderboardSchema, run: leaderboardReport, summary: 'Per rep: calls … deals won' },
  funnel: { schema: funnelSchema, run: funnelReport, summary: 'Claimed → contacted → … → won, first times' },
  heatmap: { schema: heatmapSchema, run: heatmapReport, summary: 'Calls by weekday × hour (org zone)' },
  territories: { schema: territoryReportSchema, run: territoryReport, summary: 'By state and by rep' },
  velocity: { schema: velocitySchema, run: velocityReport, summary: 'Median days first touch → deal, → won' },
  forecast: {
    schema: forecastSchema,
    run: forecastReport,
    summary: 'Next three months: weighted and history',
  },
  pipeline: { schema: pipelineReportSchema, run: pipelineReport, summary: 'Open deals by stage, weighted' },
};
