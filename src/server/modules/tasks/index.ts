// The tasks module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { handOverOpenTasks, openTasksOfOwner, tasksDueBetween } from './repo';
export { taskRoutes } from './routes';
