// The calls module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { LEASE_IDLE_MS } from './lease';
export { loadWorkableContact } from './log-call';
export { callMetricsRoutes } from './metrics-routes';
export { callRoutes } from './routes';
export { callRulesRoutes } from './rules-routes';
