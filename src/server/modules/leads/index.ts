// The leads module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { conflictRoutes } from './conflict-routes';
export { expireStaleClaims } from './expiry';
export { claimExpiryJob } from './expiry-job';
export { leadRoutes } from './routes';
export { leadRulesRoutes } from './rules-routes';
