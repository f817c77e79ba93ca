import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  chicago,
  historyStep,
  playHistory,
  reportTeam,
} from '../../../../tests/support/report-history';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { reportNames } from '../../../shared/deals';
import type { Actor } from '../../context';
import { reports } from './catalog';
import { type ReportPool, startReportPool } from './report-pool';

// The report workers (decision 025) answer exactly what the server's own thread answers, errors included. The
// worker is bundled here the way `npm run build` bundles it, inside node_modules so its packages resolve.
let t: TestApp;
let pool: ReportPool;
let manager: Actor;
let reps: Actor[];

beforeAll(async () => {
  const workerFile = join(process.cwd(), 'node_modules/.cache/lowboy-test/report-worker.js');
  await build({
    entryPoints: ['src/server/modules/reports/report-worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  t = await createTestApp();
  ({ manager, reps } = await reportTeam(t));
  await playHistory(
    t,
    manager,
    reps,
    fc.sample(fc.array(historyStep, { minLength: 30, maxLength: 30 }), 1)[0] ?? [],
  );
  pool = startReportPool(workerFile, t.ctx.config.databaseUrl, 2) as ReportPool;
}, 60_000);
afterAll(async () => {
  await pool?.close();
  await t?.close();
});

describe('report workers', () => {
  it('give every report exactly as the server thread does', async () => {
    const to = chicago(t.clock.now().toISOString());
    const q = { from: addDays(to, -60), to };
    const funnel = (await pool.run('funnel', manager, q, t.clock.now())) as { steps: { count: number }[] };
    expect(funnel.steps[1]?.count, 'leads contacted').toBeGreaterThan(0);
    for (const name of reportNames) {
      const [inWorker, here] = await Promise.all([
        pool.run(name, manager, q, t.clock.now()),
        reports[name].run(t.ctx, manager, q),
      ]);
      expect(inWorker, name).toEqual(here);
    }
  });

  it('answer a rep who asks for another rep’s numbers with the same 403', async () => {
    const [alex, sarah] = reps as [Actor, Actor];
    const q = { from: chicago(t.clock.now().toISOString()), to: chicago(t.clock.now().toISOString()) };
    await expect(pool.run('kpis', alex, { ...q, repId: sarah.id }, t.clock.now())).rejects.toMatchObject({
      statusCode: 403,
      code: 'forbidden',
    });
  });

  it('serve GET /api/reports/<name> when the server has them', async () => {
    const { cookie } = await t.userWithSession('manager');
    const to = chicago(t.clock.now().toISOString());
    const url = `/api/reports/funnel?from=${to}&to=${to}`;
    const here = (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json();
    t.ctx.reportPool = pool;
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    t.ctx.reportPool = null;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(here);
  });
});
