import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, queueCsvImport } from '../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { getImport } from '../modules/imports/service';
import { makeUser } from '../seed/factories';
import { jobDefinitions } from './index';
import { startJobRunner } from './runner';

const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-jobs-'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
});
afterAll(async () => {
  await t.close();
  rmSync(importsDir, { recursive: true, force: true });
});

const errors: unknown[] = [];
const log = { error: (obj: object) => errors.push(obj) };

describe('the job runner', () => {
  it('picks up a queued import on its own and stops cleanly', async () => {
    const manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
    const runner = startJobRunner(t.ctx, jobDefinitions, { log, pollMs: 20 });
    const { import: queued } = await queueCsvImport(t.ctx, manager, {
      text: 'First Name,Last Name,Phone\nOla,Berg,701-555-0111\nPer,Lund,701-555-0112\n',
    });
    await expect
      .poll(async () => (await getImport(t.ctx, manager, queued.id)).status, {
        timeout: 10_000,
        interval: 25,
      })
      .toBe('done');
    await runner.stop();
    expect(await getImport(t.ctx, manager, queued.id)).toMatchObject({
      status: 'done',
      counts: { created: 2 },
    });
    expect(errors).toEqual([]);
  });

  it('stops promptly while idle', async () => {
    // Idle means every job has looked for work once and found none: the runner then sleeps its 60 s.
    const looked = new Set<string>();
    const watched = jobDefinitions.map((job) => ({
      ...job,
      runNext: async (...args: Parameters<typeof job.runNext>) => {
        const worked = await job.runNext(...args);
        looked.add(job.name);
        return worked;
      },
    }));
    const runner = startJobRunner(t.ctx, watched, { log, pollMs: 60_000 });
    await expect.poll(() => looked.size, { timeout: 10_000 }).toBe(jobDefinitions.length);
    const started = Date.now();
    await runner.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
