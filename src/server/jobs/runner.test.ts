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
    let state = await getImport(t.ctx, manager, queued.id);
    for (let i = 0; i < 200 && state.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      state = await getImport(t.ctx, manager, queued.id);
    }
    await runner.stop();
    expect(state).toMatchObject({ status: 'done', counts: { created: 2 } });
    expect(errors).toEqual([]);
  });

  it('stops promptly while idle', async () => {
    const runner = startJobRunner(t.ctx, jobDefinitions, { log, pollMs: 60_000 });
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    await runner.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
