// The deals module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { getStageProbabilities, type StageProbabilities } from './probabilities';
export { dealRoutes } from './routes';
