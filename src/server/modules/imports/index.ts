// The imports module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { createLegacyImport } from './legacy/service';
export { findImportById } from './repo';
export { importReport } from './report';
export { importRoutes } from './routes';
export { runClaimedImport, runNextImport } from './run-import';
export { createCsvImport, getImport } from './service';
export { csvFileName, legacyFileNames, makeImportFolder } from './storage';
