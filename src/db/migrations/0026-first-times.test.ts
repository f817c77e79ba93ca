import fc from 'fast-check';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyStep, playHistory, reportTeam } from '../../../tests/support/report-history';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { newId } from '../../server/ids';
import { createContact } from '../../server/modules/contacts/service';
import type { CallOutcome } from '../../shared/calls';
import { migrations } from './index';

// Migration 0026 (decision 026) moves the funnel's first times from lead_milestones to contacts columns and back
// (down) without changing a first time or a funnel count; the triggers then go on from the moved data.
let t: TestApp;
let team: Awaited<ReturnType<typeof reportTeam>>;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse('2026-03-02T14:00:00Z') - t.clock.now().getTime());
  team = await reportTeam(t);
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
    const { manager, reps } = team;
    const history = fc.sample(fc.array(historyStep, { minLength: 80, maxLength: 80 }), {
      numRuns: 1,
      seed: 26,
    })[0]!;
    await playHistory(t, manager, reps, history);
    const before = await firstTimes();
    const counts = await funnel();
    expect(before.length).toBeGreaterThan(30);
    expect(new Set(before.map((x) => x.step)).size).toBeGreaterThanOrEqual(4);

    const down = await migrator().migrateTo('0025_report_rollups'); // later migrations come down first
    expect(down.error).toBeUndefined();
    const rows = await sql<(typeof before)[number]>`select contact_id, step, at, rep_id from lead_milestones
      order by 1, 2`.execute(t.ctx.db);
    expect(rows.rows).toEqual(before);

    const up = await migrator().migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await firstTimes()).toEqual(before);
    expect(await funnel()).toEqual(counts);
  });

  it('the triggers set first times for writers that do not (plain SQL), an earlier event moving them back', async () => {
    const { manager, reps } = team;
    const c = await createContact(
      t.ctx,
      manager,
      { firstName: 'Plain', state: 'VT' },
      { allowDuplicate: true },
    );
    const rep = reps[0]!.id;
    const event = (at: string) =>
      t.ctx.db
        .insertInto('timeline_events')
        .values({ id: newId(), kind: 'contact.claimed', contact_id: c.id, actor_id: rep, occurred_at: at })
        .execute();
    const call = (at: string, outcome: CallOutcome) =>
      t.ctx.db
        .insertInto('calls')
        .values({
          id: newId(),
          contact_id: c.id,
          rep_id: rep,
          outcome,
          notes: '',
          duration_sec: 0,
          follow_up_at: null,
          called_at: at,
        })
        .execute();
    await event('2026-03-05T15:00:00.000Z');
    await event('2026-03-06T15:00:00.000Z'); // later: no change
    await call('2026-03-07T15:00:00.000Z', 'no_answer');
    await call('2026-03-08T15:00:00.000Z', 'interested');
    await call('2026-03-06T16:00:00.000Z', 'callback'); // earlier: contacted and connected move back
    const row = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      first_claimed_at: '2026-03-05T15:00:00.000Z',
      first_claimed_by: rep,
      first_contacted_at: '2026-03-06T16:00:00.000Z',
      first_connected_at: '2026-03-06T16:00:00.000Z',
      first_interested_at: '2026-03-08T15:00:00.000Z',
      first_call_at: '2026-03-06T16:00:00.000Z',
    });
    const mine = await sql<{ day: string; step: string; n: number }>`select day, step, sum(n) as n
      from report_funnel_days where rep_id = ${rep} and state = 'VT' and n <> 0 group by day, step order by 1, 2`.execute(
      t.ctx.db,
    );
    expect(mine.rows.map((r) => `${r.day} ${r.step} ${Number(r.n)}`)).toEqual([
      '2026-03-05 claimed 1',
      '2026-03-06 connected 1',
      '2026-03-06 contacted 1',
      '2026-03-08 interested 1',
    ]);
  });
});
