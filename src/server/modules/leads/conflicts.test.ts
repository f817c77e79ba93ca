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
  await t.ctx.db.updateTable('users').set({ name: 'Sarah Mitchell' }).where('id', '=', sarah.id).execute();
  await t.setTerritory(alex.id, ['TX']);
  await t.setTerritory(sarah.id, ['TX']);
});
afterAll(() => t.close());

const make = (over: Record<string, unknown>) =>
  createContact(t.ctx, manager, { lastName: 'Dupe', state: 'TX', ...over }, { allowDuplicate: true });
const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie } });

describe('the same person owned by two reps', () => {
  it('is flagged on both cards and listed once for managers, by phone in any format', async () => {
    const a = await make({
      firstName: 'Ann',
      phone: '(713) 555-0111',
      ownerId: alex.id,
      title: 'Dispatcher',
    });
    const b = await make({
      firstName: 'Annie',
      phone: '+1 713 555 0111',
      ownerId: sarah.id,
      email: 'ann@x.com',
    });
    const onAlex = (await call(alex.cookie, 'GET', `/api/contacts/${a.id}/conflicts`)).json().items;
    expect(onAlex).toEqual([
      {
        id: b.id,
        name: 'Annie Dupe',
        company: null,
        owner: { id: sarah.id, name: 'Sarah Mitchell' },
        matchedOn: ['phone'],
      },
    ]);
    const onSarah = (await call(sarah.cookie, 'GET', `/api/contacts/${b.id}/conflicts`)).json().items;
    expect(onSarah.map((c: { id: string }) => c.id)).toEqual([a.id]);

    const list = await call(manager.cookie, 'GET', '/api/leads/conflicts');
    const mine = list
      .json()
      .items.filter((i: { contacts: { id: string }[] }) => i.contacts.some((c) => c.id === a.id));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ matchedOn: 'phone', value: '+17135550111' });
    expect((await call(alex.cookie, 'GET', '/api/leads/conflicts')).statusCode).toBe(403);
  });

  it('is not a conflict when one rep owns both, or one of them is deleted', async () => {
    const a = await make({ firstName: 'Bo', email: 'bo@haul.com', ownerId: alex.id });
    await make({ firstName: 'Bob', email: 'bo@haul.com', ownerId: alex.id });
    expect((await call(alex.cookie, 'GET', `/api/contacts/${a.id}/conflicts`)).json().items).toEqual([]);
    const c = await make({ firstName: 'Bea', email: 'bea@haul.com', ownerId: alex.id });
    const d = await make({ firstName: 'Bea', email: 'bea@haul.com', ownerId: sarah.id });
    expect((await call(alex.cookie, 'GET', `/api/contacts/${c.id}/conflicts`)).json().items).toHaveLength(1);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/contacts/${d.id}`,
      headers: { cookie: manager.cookie },
    });
    expect((await call(alex.cookie, 'GET', `/api/contacts/${c.id}/conflicts`)).json().items).toEqual([]);
  });

  it('merges into the kept contact: empty fields filled, history moved, duplicate deleted', async () => {
    const keep = await make({ firstName: 'Cy', phone: '(713) 555-0199', ownerId: alex.id });
    const dup = await make({
      firstName: 'Cy',
      phone: '713.555.0199',
      email: 'cy@rig.com',
      ownerId: sarah.id,
      tags: ['crane'],
    });
    await call(sarah.cookie, 'POST', `/api/contacts/${dup.id}/notes`, {
      body: 'Wants a quote for a 90-ton crawler.',
    });
    const stale = await call(manager.cookie, 'POST', `/api/contacts/${keep.id}/merge`, {
      duplicateId: dup.id,
      version: keep.version,
      duplicateVersion: dup.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    const res = await call(manager.cookie, 'POST', `/api/contacts/${keep.id}/merge`, {
      duplicateId: dup.id,
      version: keep.version,
      duplicateVersion: dup.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: 'cy@rig.com', tags: ['crane'], owner: { id: alex.id } });
    expect((await call(manager.cookie, 'GET', `/api/contacts/${dup.id}`)).json().deletedAt).not.toBeNull();
    const kinds = (await call(alex.cookie, 'GET', `/api/contacts/${keep.id}/timeline`))
      .json()
      .items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['contact.merged', 'note', 'contact.updated']));
    expect((await call(alex.cookie, 'GET', `/api/contacts/${keep.id}/conflicts`)).json().items).toEqual([]);
    const byRep = await call(alex.cookie, 'POST', `/api/contacts/${keep.id}/merge`, {
      duplicateId: dup.id,
      version: 1,
      duplicateVersion: 1,
    });
    expect(byRep.statusCode).toBe(403);
  });
});
