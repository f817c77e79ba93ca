// The email module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { emailDeliveryJob } from './delivery';
export { registerEmailRoutes } from './routes';
export { ensureStarterTemplates } from './starter-templates';
