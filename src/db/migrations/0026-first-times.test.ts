import fc from 'fast-check';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyStep, playHistory, reportTeam } from '../../../tests/support/report-history';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { migrations } from './index';

// Migration 0026 (decision 026) moves the funnel's first times from lead_milestones to contacts columns and back
// (down) without changing a first time or a funnel count; the triggers then go on from the moved data.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse('2026-03-02T14:00:00Z') - t.clock.now().getTime());
});
afterAll(() => t.close());

const steps = ['claimed', 'contacted', 'connected', 'interested', 'deal', 'won'];
const firstTimes = async () =>
  (
    await sql<{ contact_id: string; step: string; at: string; rep_id: string }>`${sql.raw(
      steps
        .map(
          (s) => `select id as contact_id, '${s}' as step, first_${s}_at as at, first_${s}_by as rep_id
            from contacts where first_${s}_at is not null`,
        )
        .join(' union all '),
    )} order by 1, 2`.execute(t.ctx.db)
  ).rows;
const funnel = async () =>
  (
    await sql`select day, rep_id, state, step, n from report_funnel_days where n <> 0 order by 1, 2, 3, 4`.execute(
      t.ctx.db,
    )
  ).rows;
const migrator = () => new Migrator({ db: t.ctx.db, provider: { getMigrations: async () => migrations } });

describe('migration 0026: first times on the contacts row', () => {
  it('moves them to lead_milestones and back, the funnel unchanged', async () => {
    const { manager, reps } = await reportTeam(t);
    const history = fc.sample(fc.array(historyStep, { minLength: 80, maxLength: 80 }), {
      numRuns: 1,
      seed: 26,
    })[0]!;
    await playHistory(t, manager, reps, history);
    const before = await firstTimes();
    const counts = await funnel();
    expect(before.length).toBeGreaterThan(30);
    expect(new Set(before.map((x) => x.step)).size).toBeGreaterThanOrEqual(4);

    const down = await migrator().migrateDown();
    expect(down.error).toBeUndefined();
    const rows = await sql<(typeof before)[number]>`select contact_id, step, at, rep_id from lead_milestones
      order by 1, 2`.execute(t.ctx.db);
    expect(rows.rows).toEqual(before);

    const up = await migrator().migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await firstTimes()).toEqual(before);
    expect(await funnel()).toEqual(counts);
  });
});
