import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
let manager: Actor & { cookie: string };
let rep: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  const m = await t.userWithSession('manager');
  manager = { id: m.id, name: 'Dana', role: 'manager', ip: null, cookie: m.cookie };
  rep = await t.userWithSession('rep');
});
afterAll(() => t.close());

const put = (cookie: string, repId: string, states: string[]) =>
  t.app.inject({ method: 'PUT', url: `/api/territories/${repId}`, payload: { states }, headers: { cookie } });
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('territories', () => {
  it('lets a manager set a rep’s states, audited, and the rep see them', async () => {
    const res = await put(manager.cookie, rep.id, ['ok', 'TX', 'TX']);
    expect(res.json()).toEqual({ repId: rep.id, states: ['OK', 'TX'] });
    expect((await get(rep.cookie, '/api/territories')).json()).toEqual([
      { repId: rep.id, states: ['OK', 'TX'] },
    ]);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'territory.updated')
      .execute();
    expect(JSON.parse(audit.at(-1)!.details!)).toEqual({ from: [], to: ['OK', 'TX'] });
  });

  it('refuses reps, unknown states and non-reps', async () => {
    expect((await put(rep.cookie, rep.id, ['TX'])).statusCode).toBe(403);
    const bad = await put(manager.cookie, rep.id, ['TX', 'XX']);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Not US state codes: XX.');
    expect((await put(manager.cookie, manager.id, ['TX'])).json().error.code).toBe('not_a_rep');
  });

  it('reports per state and per rep totals, unassigned, claimed, worked and coverage', async () => {
    for (const [state, ownerId] of [
      ['KS', null],
      ['KS', rep.id],
      ['KS', rep.id],
      ['MO', null],
    ] as const) {
      await createContact(t.ctx, manager, { firstName: 'M', state, ownerId }, { allowDuplicate: true });
    }
    await t.ctx.db
      .updateTable('contacts')
      .set({ status: 'interested' })
      .where('state', '=', 'KS')
      .where('owner_id', '=', rep.id)
      .execute();
    await t.ctx.db.updateTable('contacts').set({ status: 'no_answer' }).where('state', '=', 'MO').execute();
    const m = (await get(manager.cookie, '/api/territories/metrics')).json();
    expect(m.states.find((s: { state: string }) => s.state === 'KS')).toEqual({
      state: 'KS',
      total: 3,
      unassigned: 1,
      claimed: 2,
      worked: 2,
      coverage: 0.667,
      conversion: 1,
    });
    expect(m.states.find((s: { state: string }) => s.state === 'MO')).toMatchObject({
      worked: 1,
      conversion: 0,
    });
    expect(m.reps.find((r: { repId: string }) => r.repId === rep.id)).toMatchObject({
      total: 2,
      worked: 2,
      states: ['OK', 'TX'],
    });
    expect((await get(rep.cookie, '/api/territories/metrics')).statusCode).toBe(403);
  });
});
