// Bundles the server + CLI into one ESM file so `npm start` doesn't compile TypeScript at start-up.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/server/cli.js' });
// The report worker thread (decision 025) loads this file beside the bundle.
await build({
  ...common,
  entryPoints: ['src/server/modules/reports/report-worker.ts'],
  outfile: 'dist/server/report-worker.js',
});
// The import's row reader thread (decision 027) loads this one.
await build({
  ...common,
  entryPoints: ['src/server/modules/imports/prepare-worker.ts'],
  outfile: 'dist/server/import-worker.js',
});
console.log('built dist/server/cli.js, dist/server/report-worker.js and dist/server/import-worker.js');
