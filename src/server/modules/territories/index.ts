// The territories module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { metricsByStateQuery } from './metrics-repo';
export { replaceRepStates, repsOfStates } from './repo';
export { territoryRoutes } from './routes';
