// The reports module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { forecastReport } from './forecast';
export { funnelReport } from './funnel';
export { heatmapReport } from './heatmap';
export { kpisReport } from './kpis';
export { leaderboardReport } from './leaderboard';
export { type ReportPool, startReportPool } from './report-pool';
export { reportRoutes } from './routes';
export { territoryReport } from './territories';
export { velocityReport } from './velocity';
