// The health module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { healthRoutes } from './routes';
