// The settings module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { putSettingAudited } from './audited';
export { getSetting, putSetting } from './repo';
