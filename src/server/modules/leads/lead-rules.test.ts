import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
let manager: Actor & { cookie: string };
let alex: { id: string; cookie: string };
let sarah: { id: string; cookie: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const m = await t.userWithSession('manager');
  manager = { id: m.id, name: 'Dana', role: 'manager', ip: null, cookie: m.cookie };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  await t.ctx.db.updateTable('users').set({ name: 'Sarah Mitchell' }).where('id', '=', sarah.id).execute();
  await t.setTerritory(alex.id, ['TX']);
  await t.setTerritory(sarah.id, ['TX']);
  const make = async (key: string, state: string, ownerId: string | null) => {
    const c = await createContact(
      t.ctx,
      manager,
      { firstName: key, lastName: 'Vistest', state, phone: '(713) 555-0100', ownerId },
      { allowDuplicate: true },
    );
    ids[key] = c.id;
  };
  await make('AlexOwn', 'TX', alex.id);
  await make('SarahOwn', 'TX', sarah.id);
  await make('PoolTx', 'TX', null);
  await make('PoolCa', 'CA', null);
});
afterAll(() => t.close());

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const setRules = (cookie: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: '/api/lead-rules', payload, headers: { cookie } });
const namesAlexSees = async () =>
  ((await get(alex.cookie, '/api/contacts?q=Vistest&limit=50')).json().items as { name: string }[])
    .map((c) => c.name.split(' ')[0])
    .sort();

describe('lead visibility setting', () => {
  it('defaults to territory: own leads and the pool of my states; others found in search as taken', async () => {
    expect((await get(alex.cookie, '/api/lead-rules')).json().visibility).toBe('territory');
    expect(await namesAlexSees()).toEqual(['AlexOwn', 'PoolTx']);
    const hits = (await get(alex.cookie, '/api/search?q=Vistest')).json().contacts as Record<
      string,
      unknown
    >[];
    const taken = hits.find((h) => h.id === ids.SarahOwn);
    expect(taken).toMatchObject({ owner: 'Sarah Mitchell', restricted: true, phone: null, email: null });
    expect(hits.find((h) => h.id === ids.PoolCa)).toBeUndefined();
    expect((await get(alex.cookie, `/api/contacts/${ids.SarahOwn}`)).statusCode).toBe(404);
  });

  it('own only: a rep sees just their own leads, even in search', async () => {
    expect((await setRules(manager.cookie, { visibility: 'own' })).statusCode).toBe(200);
    expect(await namesAlexSees()).toEqual(['AlexOwn']);
    const hits = (await get(alex.cookie, '/api/search?q=Vistest')).json().contacts as { id: string }[];
    expect(hits.map((h) => h.id)).toEqual([ids.AlexOwn]);
  });

  it('everything: a rep sees every lead but still edits only their own', async () => {
    await setRules(manager.cookie, { visibility: 'everything' });
    expect(await namesAlexSees()).toEqual(['AlexOwn', 'PoolCa', 'PoolTx', 'SarahOwn']);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/contacts/${ids.SarahOwn}`,
      payload: { version: 1, title: 'Boss' },
      headers: { cookie: alex.cookie },
    });
    expect(edit.statusCode).toBe(403);
    await setRules(manager.cookie, { visibility: 'territory' });
  });

  it('only managers change the rules, with clear errors, and the change is audited', async () => {
    const rep = await setRules(alex.cookie, { openLimit: 5 });
    expect(rep.statusCode).toBe(403);
    const bad = await setRules(manager.cookie, { visibility: 'nobody' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const late = await setRules(manager.cookie, { noticeDays: 20 });
    expect(late.statusCode).toBe(422);
    const ok = await setRules(manager.cookie, { openLimit: 250 });
    expect(ok.json()).toMatchObject({ openLimit: 250, dailyClaimLimit: 100, visibility: 'territory' });
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'lead_rules.updated')
      .execute();
    const last = audits.find((a) => JSON.parse(a.details ?? '{}').after.openLimit === 250);
    expect(last?.actor_id).toBe(manager.id);
  });

  it('a manager sets a rep’s own limits, which claims then obey; clearing one restores the default', async () => {
    const user = (await get(manager.cookie, '/api/users'))
      .json()
      .users.find((u: { id: string }) => u.id === alex.id);
    expect(user).toMatchObject({ openLeadLimit: null, dailyClaimLimit: null });
    const patch = (payload: object) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/users/${alex.id}`,
        payload,
        headers: { cookie: manager.cookie },
      });
    const set = await patch({ version: user.version, dailyClaimLimit: 1 });
    expect(set.json()).toMatchObject({ dailyClaimLimit: 1, openLeadLimit: null });
    const claim = (id: string) =>
      t.app.inject({ method: 'POST', url: `/api/contacts/${id}/claim`, headers: { cookie: alex.cookie } });
    const extra = await createContact(t.ctx, manager, { firstName: 'Extra', lastName: 'Pool', state: 'TX' });
    const first = await claim(ids.PoolTx!);
    expect(first.statusCode).toBe(200);
    const second = await claim(extra.id);
    expect(second.statusCode).toBe(422);
    expect(second.json().error).toMatchObject({ code: 'daily_claim_limit', details: { limit: 1 } });
    const cleared = await patch({ version: set.json().version, dailyClaimLimit: null });
    expect(cleared.json().dailyClaimLimit).toBeNull();
    expect((await claim(extra.id)).statusCode).toBe(200);
    const zero = await patch({ version: cleared.json().version, openLeadLimit: 0 });
    expect(zero.statusCode).toBe(400);
  });
});
