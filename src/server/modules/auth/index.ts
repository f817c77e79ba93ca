// The auth module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { DEMO_PROFILES_KEY } from './demo-profiles';
export { authPruneJob } from './prune-job';
export { authRoutes } from './routes';
export { authenticate, login, pruneAuthTables, sessionStillValid } from './service';
export { registerSessionAuth } from './session-hook';
