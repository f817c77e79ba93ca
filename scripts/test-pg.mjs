// Runs the unit and API tests against PostgreSQL (a fresh database per run, dropped afterwards); with
// `-c vitest.e2e.config.ts` the browser tests (npm run test:e2e:pg: a fresh database per spec file).
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
console.log(`Tests on PostgreSQL (${url.replace(/:[^:@/]+@/, ':***@')})`);
const r = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url },
});
process.exit(r.status ?? 1);
