import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
let manager: Actor & { cookie: string };
let alex: { id: string; cookie: string };
let sarah: { id: string; cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  const m = await t.userWithSession('manager');
  manager = { id: m.id, name: 'Dana', role: 'manager', ip: null, cookie: m.cookie };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
});
afterAll(() => t.close());

const assign = (cookie: string, body: object) =>
  t.app.inject({ method: 'POST', url: '/api/leads/assign', payload: body, headers: { cookie } });
const ownerOf = async (id: string) =>
  (await t.ctx.db.selectFrom('contacts').select('owner_id').where('id', '=', id).executeTakeFirstOrThrow())
    .owner_id;

describe('assigning leads', () => {
  it('gives chosen leads to a rep, records from → to, and only managers may', async () => {
    const a = (await createContact(t.ctx, manager, { firstName: 'A', state: 'KS' })).id;
    const b = (await createContact(t.ctx, manager, { firstName: 'B', state: 'KS', ownerId: sarah.id })).id;
    expect((await assign(alex.cookie, { contactIds: [a], repId: alex.id })).statusCode).toBe(403);
    const res = await assign(manager.cookie, { contactIds: [a, b], repId: alex.id });
    expect(res.json()).toEqual({ assigned: 2, unchanged: 0, changedMeanwhile: 0 });
    expect(await ownerOf(a)).toBe(alex.id);
    expect(await ownerOf(b)).toBe(alex.id);
    const events = (
      await t.app.inject({
        method: 'GET',
        url: `/api/contacts/${b}/timeline`,
        headers: { cookie: manager.cookie },
      })
    ).json();
    expect(events.items[0]).toMatchObject({
      kind: 'contact.assigned',
      data: { fromId: sarah.id, toId: alex.id },
    });
  });

  it('reassigns everything matching a filter, and back to the pool', async () => {
    for (let i = 0; i < 5; i++)
      await createContact(
        t.ctx,
        manager,
        { firstName: `N${i}`, state: 'NE', ownerId: sarah.id },
        { allowDuplicate: true },
      );
    const res = await assign(manager.cookie, {
      filter: { state: ['NE'], owner: sarah.id },
      allMatching: true,
      repId: alex.id,
    });
    expect(res.json().assigned).toBe(5);
    const again = await assign(manager.cookie, {
      filter: { state: ['NE'] },
      allMatching: true,
      repId: alex.id,
    });
    expect(again.json()).toEqual({ assigned: 0, unchanged: 5, changedMeanwhile: 0 });
    expect(
      (await assign(manager.cookie, { filter: { state: ['NE'] }, allMatching: true, repId: null })).json()
        .assigned,
    ).toBe(5);
  });

  it('refuses a rep who is not an active sales rep', async () => {
    const a = (await createContact(t.ctx, manager, { firstName: 'X', state: 'KS' })).id;
    const res = await assign(manager.cookie, { contactIds: [a], repId: manager.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('not_an_active_rep');
  });
});

describe('auto-assign', () => {
  it('previews, then spreads a state’s pool over its reps in proportion to spare capacity, never past a limit', async () => {
    const [a, b] = [await t.userWithSession('rep'), await t.userWithSession('rep')];
    await t.setTerritory(a.id, ['WY']);
    await t.setTerritory(b.id, ['WY']);
    await t.ctx.db.updateTable('users').set({ open_lead_limit: 4 }).where('id', '=', a.id).execute();
    await t.ctx.db.updateTable('users').set({ open_lead_limit: 12 }).where('id', '=', b.id).execute();
    const addLeads = async (k: number) => {
      for (let i = 0; i < k; i++)
        await createContact(t.ctx, manager, { firstName: `W${i}`, state: 'WY' }, { allowDuplicate: true });
    };
    const auto = async (dryRun: boolean) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/leads/auto-assign',
          payload: { states: ['WY'], dryRun },
          headers: { cookie: manager.cookie },
        })
      ).json();
    const counts = (plan: { reps: { repId: string; count: number }[] }) =>
      [a.id, b.id].map((id) => plan.reps.find((r) => r.repId === id)!.count);
    const owned = async (id: string) =>
      (
        await t.ctx.db
          .selectFrom('contacts')
          .select('id')
          .where('state', '=', 'WY')
          .where('owner_id', '=', id)
          .execute()
      ).length;

    await addLeads(8); // spare 4 and 12: a quarter and three quarters
    const preview = await auto(true);
    expect(preview).toMatchObject({ total: 8, unassignable: 0 });
    expect(counts(preview)).toEqual([2, 6]);
    expect(await owned(a.id)).toBe(0); // a preview assigns nothing
    expect((await auto(false)).assigned).toBe(8);
    expect([await owned(a.id), await owned(b.id)]).toEqual([2, 6]);

    await addLeads(12); // spare left: 2 and 6
    const second = await auto(false);
    expect(second).toMatchObject({ total: 12, unassignable: 4, assigned: 8 });
    expect([await owned(a.id), await owned(b.id)]).toEqual([4, 12]);
  });
});
