import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { databaseName } from '../../../db/capabilities';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
let manager: Actor & { cookie: string };
type Rep = { id: string; cookie: string };
let alex: Rep;
let sarah: Rep;

beforeAll(async () => {
  t = await createTestApp();
  const m = await t.userWithSession('manager');
  manager = { id: m.id, name: 'Dana', role: 'manager', ip: null, cookie: m.cookie };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  await t.ctx.db.updateTable('users').set({ name: 'Sarah Mitchell' }).where('id', '=', sarah.id).execute();
  await t.setTerritory(alex.id, ['TX', 'OK']);
  await t.setTerritory(sarah.id, ['TX']);
});
afterAll(() => t.close());

let n = 0;
const lead = async (over: Record<string, unknown> = {}) =>
  (
    await createContact(
      t.ctx,
      manager,
      { firstName: `Lead${n++}`, lastName: 'Pool', state: 'TX', ...over },
      { allowDuplicate: true },
    )
  ).id;
const post = (cookie: string, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie } });
const claim = (rep: Rep, id: string) => post(rep.cookie, `/api/contacts/${id}/claim`);
const timeline = async (id: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/contacts/${id}/timeline`,
      headers: { cookie: manager.cookie },
    })
  ).json().items;

describe('claiming a lead', () => {
  it('gives it to the first rep and tells the second who has it', async () => {
    const id = await lead();
    const first = await claim(sarah, id);
    expect(first.statusCode).toBe(200);
    expect(first.json().contact.owner).toEqual({ id: sarah.id, name: 'Sarah Mitchell' });
    const second = await claim(alex, id);
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'lead_already_claimed',
      message: 'Sarah Mitchell already claimed this lead.',
      details: { ownerId: sarah.id, ownerName: 'Sarah Mitchell' },
    });
    expect((await timeline(id))[0]).toMatchObject({ kind: 'contact.claimed', actor: { id: sarah.id } });
  });

  it('refuses a lead outside the rep’s territory with 403', async () => {
    const id = await lead({ state: 'OK' });
    const res = await claim(sarah, id);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('This lead is in OK, outside your territory (TX).');
    expect((await claim(alex, id)).statusCode).toBe(200);
  });
});

describe('releasing a lead', () => {
  it('lets the owner or a manager release it with a reason, not another rep', async () => {
    const id = await lead();
    await claim(sarah, id);
    const byOther = await post(alex.cookie, `/api/contacts/${id}/release`, { reason: 'mine now' });
    expect(byOther.statusCode).toBe(403);
    const byOwner = await post(sarah.cookie, `/api/contacts/${id}/release`, {
      reason: 'Wrong region for us',
    });
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json().contact.owner).toBeNull();
    expect((await timeline(id))[0]).toMatchObject({
      kind: 'contact.released',
      data: { reason: 'Wrong region for us' },
    });

    await claim(alex, id);
    expect(
      (await post(manager.cookie, `/api/contacts/${id}/release`, { reason: 'Rebalancing' })).statusCode,
    ).toBe(200);
    expect(
      (await post(manager.cookie, `/api/contacts/${id}/release`, { reason: 'again' })).json().error.code,
    ).toBe('lead_not_claimed');
  });
});

describe('claim next', () => {
  it('claims the most complete free leads of the territory first', async () => {
    const rep = await t.userWithSession('rep');
    await t.setTerritory(rep.id, ['NM']);
    const bare = await lead({ state: 'NM' });
    const withPhone = await lead({ state: 'NM', phone: '+1 505 555 0199' });
    const full = await lead({ state: 'NM', phone: '+1 505 555 0198', email: 'full@example.test' });
    const res = await post(rep.cookie, '/api/leads/claim-next', { count: 2 });
    expect(res.json().claimed).toEqual([full, withPhone]);
    expect((await post(rep.cookie, '/api/leads/claim-next', { count: 5 })).json().claimed).toEqual([bare]);
  });
});

describe('many reps racing for the same leads', () => {
  it('gives every lead exactly one owner; every loser hears who won; the timeline agrees', async () => {
    const reps: Rep[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await t.userWithSession('rep');
      reps.push(r);
    }
    await Promise.all(reps.map((r) => t.setTerritory(r.id, ['WY'])));
    const leads: string[] = [];
    for (let i = 0; i < 100; i++) leads.push(await lead({ state: 'WY' }));

    // 50 claimers at once, each clicking through all 100 leads in its own random order.
    const perRep = await Promise.all(
      reps.map(async (r) => {
        const mine = [];
        for (const id of [...leads].sort(() => Math.random() - 0.5))
          mine.push({ r, id, res: await claim(r, id) });
        return mine;
      }),
    );
    const results = perRep.flat();

    const rows = await t.ctx.db
      .selectFrom('contacts')
      .select(['id', 'owner_id'])
      .where('id', 'in', leads)
      .execute();
    const owner = new Map(rows.map((x) => [x.id, x.owner_id]));
    expect([...owner.values()].every((o) => o !== null)).toBe(true);
    for (const { r, id, res } of results) {
      if (res.statusCode === 200) expect(owner.get(id)).toBe(r.id);
      else {
        expect(res.statusCode).toBe(409);
        expect(res.json().error.details.ownerId).toBe(owner.get(id));
      }
    }
    expect(results.filter((x) => x.res.statusCode === 200)).toHaveLength(100);
    const events = await t.ctx.db
      .selectFrom('timeline_events')
      .select(['contact_id', 'actor_id'])
      .where('kind', '=', 'contact.claimed')
      .where('contact_id', 'in', leads)
      .execute();
    expect(events).toHaveLength(100);
    expect(events.every((e) => owner.get(e.contact_id!) === e.actor_id)).toBe(true);
  }, 60_000);
});

describe('limits in the claim itself', () => {
  it('obeys a change of the organisation’s limits from the next claim on', async () => {
    const rep = await t.userWithSession('rep');
    await t.setTerritory(rep.id, ['TX']);
    const rules = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/lead-rules', payload, headers: { cookie: manager.cookie } });
    expect((await claim(rep, await lead())).statusCode).toBe(200);
    expect((await rules({ openLimit: 1 })).statusCode).toBe(200);
    const over = await claim(rep, await lead());
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({ code: 'open_lead_limit', details: { limit: 1, current: 1 } });
    expect((await rules({ openLimit: 300 })).statusCode).toBe(200);
    expect((await claim(rep, await lead())).statusCode).toBe(200);
  });

  it('answers a limit before a taken lead, and a lost race with the winner, as before', async () => {
    const rep = await t.userWithSession('rep');
    await t.setTerritory(rep.id, ['TX']);
    await t.ctx.db.updateTable('users').set({ open_lead_limit: 1 }).where('id', '=', rep.id).execute();
    const taken = await lead();
    expect((await claim(sarah, taken)).statusCode).toBe(200);
    expect((await claim(rep, taken)).json().error).toMatchObject({ code: 'lead_already_claimed' });
    expect((await claim(rep, await lead())).statusCode).toBe(200);
    expect((await claim(rep, taken)).json().error).toMatchObject({ code: 'open_lead_limit' });
  });

  it('counts a rep’s own simultaneous claims against the daily limit', async () => {
    const rep = await t.userWithSession('rep');
    await t.setTerritory(rep.id, ['TX']);
    await t.ctx.db.updateTable('users').set({ daily_claim_limit: 3 }).where('id', '=', rep.id).execute();
    const leads: string[] = [];
    for (let i = 0; i < 10; i++) leads.push(await lead());
    const results = await Promise.all(leads.map((id) => claim(rep, id)));
    const won = results.filter((r) => r.statusCode === 200).length;
    for (const r of results.filter((x) => x.statusCode !== 200))
      expect(r.json().error).toMatchObject({ code: 'daily_claim_limit', details: { limit: 3 } });
    // SQLite has one writer, so the count in the claim's UPDATE is exact. On PostgreSQL (read committed) each
    // UPDATE counts from its own snapshot, so claims in flight at the same instant may pass together (decision 013).
    if (databaseName(t.ctx.db) === 'sqlite') expect(won).toBe(3);
    else expect(won).toBeGreaterThanOrEqual(3);
  });
});

// Last: it moves the clock a day, which ends every earlier session.
describe('limits', () => {
  it('stops at the daily claim limit and the open-lead limit, saying which', async () => {
    const rep = await t.userWithSession('rep');
    await t.setTerritory(rep.id, ['TX']);
    await t.ctx.db
      .updateTable('users')
      .set({ daily_claim_limit: 2, open_lead_limit: 3 })
      .where('id', '=', rep.id)
      .execute();
    expect((await claim(rep, await lead())).statusCode).toBe(200);
    expect((await claim(rep, await lead())).statusCode).toBe(200);
    const third = await claim(rep, await lead());
    expect(third.statusCode).toBe(422);
    expect(third.json().error.code).toBe('daily_claim_limit');

    t.clock.advance(24 * 3_600_000 + 1000);
    const fresh = await t.signIn(rep.email, rep.password); // the first session has expired
    expect((await claim({ id: rep.id, cookie: fresh }, await lead())).statusCode).toBe(200);
    const fourth = await claim({ id: rep.id, cookie: fresh }, await lead());
    expect(fourth.statusCode).toBe(422);
    expect(fourth.json().error).toMatchObject({ code: 'open_lead_limit', details: { limit: 3, current: 3 } });
  });
});
