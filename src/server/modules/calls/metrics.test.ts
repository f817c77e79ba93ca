import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { newId } from '../../ids';
import { createContact } from '../contacts';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person & { actor: Actor };
let alex: Person;
let sarah: Person;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse('2026-03-10T15:00:00Z') - t.clock.now().getTime());
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
});
afterAll(() => t.close());

const get = (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: p.cookie } });
const outcomes = [
  'no_answer',
  'left_voicemail',
  'interested',
  'callback',
  'not_interested',
  'wrong_number',
  'do_not_call',
];
const connects = new Set(['interested', 'callback', 'not_interested', 'do_not_call']);

describe('call metrics', () => {
  it('equal a recount of the calls inserted, per Chicago day, zero-filled', async () => {
    const contact = (await createContact(t.ctx, manager.actor, { firstName: 'M', state: 'TX' })).id;
    // Pseudo-random calls over 2026-03-01..03-10 UTC (across the DST change of 03-08) for two reps.
    const rows = [];
    let seed = 7;
    const rnd = (k: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % k;
    };
    for (let i = 0; i < 300; i++) {
      rows.push({
        id: newId(),
        contact_id: contact,
        rep_id: rnd(3) ? alex.id : sarah.id,
        outcome: outcomes[rnd(7)]!,
        notes: '',
        duration_sec: rnd(600),
        follow_up_at: null,
        called_at: new Date(Date.parse('2026-03-01T00:00:00Z') + rnd(10 * 86_400) * 1000).toISOString(),
      });
    }
    await t.ctx.db.insertInto('calls').values(rows).execute();
    const chicagoDate = (iso: string) =>
      new Date(iso).toLocaleDateString('en-CA', { timeZone: 'America/Chicago' });

    const res = await get(alex, '/api/metrics/calls?from=2026-03-02&to=2026-03-09');
    expect(res.statusCode).toBe(200);
    const m = res.json();
    const mine = rows.filter(
      (r) =>
        r.rep_id === alex.id &&
        chicagoDate(r.called_at) >= '2026-03-02' &&
        chicagoDate(r.called_at) <= '2026-03-09',
    );
    expect(m.perDay.map((d: { date: string }) => d.date)).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9].map((d) => `2026-03-0${d}`),
    );
    for (const d of m.perDay) {
      const day = mine.filter((r) => chicagoDate(r.called_at) === d.date);
      expect(d).toEqual({
        date: d.date,
        calls: day.length,
        connects: day.filter((r) => connects.has(r.outcome)).length,
      });
    }
    expect(m.calls).toBe(mine.length);
    expect(m.talkTimeSec).toBe(mine.reduce((a, r) => a + r.duration_sec, 0));
    expect(m.outcomes.interested).toBe(mine.filter((r) => r.outcome === 'interested').length);
    const c = mine.filter((r) => connects.has(r.outcome)).length;
    expect(m.connectRate).toBeCloseTo(c / mine.length);
    expect(m.interestedRate).toBeCloseTo(m.outcomes.interested / c);

    const team = (await get(manager, '/api/metrics/calls?from=2026-03-02&to=2026-03-09')).json();
    expect(team.calls).toBe(
      rows.filter((r) => chicagoDate(r.called_at) >= '2026-03-02' && chicagoDate(r.called_at) <= '2026-03-09')
        .length,
    );
    expect((await get(alex, `/api/metrics/calls?repId=${sarah.id}`)).statusCode).toBe(403);
    expect((await get(alex, '/api/metrics/calls?from=2026-03-09&to=2026-03-01')).statusCode).toBe(400);
  });

  it('counts follow-ups kept on time (done by due + 15 minutes)', async () => {
    const contact = (
      await createContact(t.ctx, manager.actor, { firstName: 'F', state: 'TX', ownerId: alex.id })
    ).id;
    const task = (due: string, status: 'open' | 'done' | 'cancelled', completed: string | null) => ({
      id: newId(),
      kind: 'callback' as const,
      status,
      contact_id: contact,
      owner_id: alex.id,
      call_id: null,
      due_at: due,
      note: null,
      completed_at: completed,
      created_by: alex.id,
      created_at: due,
      updated_at: due,
      version: 1,
    });
    await t.ctx.db
      .insertInto('tasks')
      .values([
        task('2026-02-10T15:00:00.000Z', 'done', '2026-02-10T15:10:00.000Z'),
        task('2026-02-10T16:00:00.000Z', 'done', '2026-02-10T16:30:00.000Z'),
        task('2026-02-11T15:00:00.000Z', 'open', null),
        task('2026-02-11T16:00:00.000Z', 'cancelled', null),
      ])
      .execute();
    const m = (await get(alex, '/api/metrics/calls?from=2026-02-10&to=2026-02-11')).json();
    expect(m).toMatchObject({ followUpsDue: 3, followUpsKeptOnTime: 1, calls: 0, connectRate: null });
  });
});

describe('talking points and the daily target', () => {
  it('managers edit the talking points (audited), reps read them', async () => {
    expect((await get(alex, '/api/talking-points')).json()).toEqual({
      text: '',
      updatedAt: null,
      updatedBy: null,
    });
    const put = (p: Person, text: string) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/talking-points',
        payload: { text },
        headers: { cookie: p.cookie },
      });
    expect((await put(alex, 'mine')).statusCode).toBe(403);
    expect((await put(manager, 'Ask about the next crane move.')).statusCode).toBe(200);
    expect((await get(alex, '/api/talking-points')).json()).toMatchObject({
      text: 'Ask about the next crane move.',
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'talking_points.updated')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('managers set a rep’s daily call target; it shows on My day', async () => {
    const user = (await get(manager, `/api/users/${alex.id}`)).json();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${alex.id}`,
      payload: { version: user.version, dailyCallTarget: 60 },
      headers: { cookie: manager.cookie },
    });
    expect(res.json()).toMatchObject({ dailyCallTarget: 60 });
    expect((await get(alex, '/api/call-list')).json().stats.dailyTarget).toBe(60);
    expect((await get(alex, '/api/metrics/calls')).json().dailyTarget).toBe(60);
  });
});
