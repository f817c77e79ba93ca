import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';
import { putSetting } from '../settings';
import { PROBABILITIES_KEY } from './probabilities';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person & { actor: Actor };
let alex: Person;
let sarah: Person;

beforeAll(async () => {
  t = await createTestApp();
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  await t.setTerritory(sarah.id, ['TX']);
});
afterAll(() => t.close());

let n = 0;
const leadOf = async (owner: Person | null) =>
  (
    await createContact(
      t.ctx,
      manager.actor,
      {
        firstName: `Deal${n++}`,
        lastName: 'Lead',
        state: 'TX',
        companyName: 'Permian Cranes',
        ownerId: owner?.id,
      },
      { allowDuplicate: true },
    )
  ).id;
const req = (method: 'POST' | 'PATCH' | 'GET' | 'PUT', p: Person, url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: p.cookie } });
const newDeal = async (p: Person, contactId: string, extra: object = {}) =>
  req('POST', p, '/api/deals', { contactId, title: 'Move a 90-ton crane', valueCents: 1_250_000, ...extra });

describe('deals', () => {
  it('are created from a lead the rep owns, with the move, a timeline event on contact and deal, and audit', async () => {
    const contactId = await leadOf(alex);
    const res = await newDeal(alex, contactId, {
      expectedCloseDate: '2026-05-01',
      move: {
        equipmentType: 'Crawler crane',
        weightLb: 180_000,
        origin: { city: 'Odessa', state: 'tx' },
        destination: { city: 'Tulsa', state: 'OK' },
        permitsNeeded: true,
      },
    });
    expect(res.statusCode).toBe(201);
    const deal = res.json();
    expect(deal).toMatchObject({
      stage: 'qualified',
      probability: 20,
      valueCents: 1_250_000,
      owner: { id: alex.id },
      company: { name: 'Permian Cranes' },
      move: {
        weightLb: 180_000,
        origin: { city: 'Odessa', state: 'TX' },
        permitsNeeded: true,
        escortsNeeded: false,
      },
      closedAt: null,
      version: 1,
    });
    const contactEvents = (await req('GET', alex, `/api/contacts/${contactId}/timeline`)).json().items;
    expect(contactEvents[0]).toMatchObject({ kind: 'deal.created' });
    const dealEvents = (await req('GET', alex, `/api/deals/${deal.id}/timeline`)).json().items;
    expect(dealEvents.map((e: { kind: string }) => e.kind)).toEqual(['deal.created']);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', deal.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['deal.created']);
  });

  it('refuse a lead the rep does not own (404 unseen, 403 pool) and a bad value (400)', async () => {
    expect((await newDeal(sarah, await leadOf(alex))).statusCode).toBe(404);
    expect((await newDeal(sarah, await leadOf(null))).statusCode).toBe(403);
    expect((await newDeal(alex, await leadOf(alex), { valueCents: -5 })).statusCode).toBe(400);
    expect((await newDeal(alex, await leadOf(alex), { ownerId: sarah.id })).statusCode).toBe(403);
    expect((await newDeal(manager, await leadOf(null), { ownerId: sarah.id })).statusCode).toBe(201);
  });

  it('are listed and read by their owner and managers only', async () => {
    const deal = (await newDeal(alex, await leadOf(alex))).json();
    expect((await req('GET', sarah, `/api/deals/${deal.id}`)).statusCode).toBe(404);
    expect((await req('GET', manager, `/api/deals/${deal.id}`)).statusCode).toBe(200);
    const mine = (await req('GET', sarah, '/api/deals')).json().items as { owner: { id: string } }[];
    expect(mine.every((d) => d.owner.id === sarah.id)).toBe(true);
    expect((await req('GET', sarah, `/api/deals?ownerId=${alex.id}`)).statusCode).toBe(403);
    const all = (await req('GET', manager, `/api/deals?ownerId=${alex.id}&stage=qualified`)).json().items;
    expect(all.length).toBeGreaterThan(0);
    expect((await req('GET', manager, '/api/deals?q=90-TON')).json().items.length).toBeGreaterThan(0);
  });

  it('edits are versioned: a stale edit gets 409 with the current deal', async () => {
    const deal = (await newDeal(alex, await leadOf(alex))).json();
    const ok = await req('PATCH', alex, `/api/deals/${deal.id}`, { version: 1, valueCents: 2_000_000 });
    expect(ok.json()).toMatchObject({ valueCents: 2_000_000, version: 2 });
    const stale = await req('PATCH', manager, `/api/deals/${deal.id}`, { version: 1, title: 'Old' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', details: { current: { version: 2 } } });
  });

  it('stage changes write deal.stage_changed {from, to}; lost needs a reason; won and lost close the deal', async () => {
    const deal = (await newDeal(alex, await leadOf(alex))).json();
    const moved = await req('POST', alex, `/api/deals/${deal.id}/stage`, { stage: 'quote_sent', version: 1 });
    expect(moved.json()).toMatchObject({ stage: 'quote_sent', probability: 40, version: 2, closedAt: null });
    const noReason = await req('POST', alex, `/api/deals/${deal.id}/stage`, { stage: 'lost', version: 2 });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe('lost_reason_required');
    const stale = await req('POST', alex, `/api/deals/${deal.id}/stage`, { stage: 'won', version: 1 });
    expect(stale.statusCode).toBe(409);
    const lost = await req('POST', alex, `/api/deals/${deal.id}/stage`, {
      stage: 'lost',
      lostReason: 'Went with a cheaper carrier',
      version: 2,
    });
    expect(lost.json()).toMatchObject({
      stage: 'lost',
      lostReason: 'Went with a cheaper carrier',
      probability: 0,
    });
    expect(lost.json().closedAt).not.toBeNull();
    const reopen = await req('POST', alex, `/api/deals/${deal.id}/stage`, { stage: 'qualified', version: 3 });
    expect(reopen.json().error.code).toBe('deal_closed');
    const events = (await req('GET', alex, `/api/deals/${deal.id}/timeline`)).json().items;
    expect(
      events.map((e: { kind: string; data: { from?: string; to?: string } }) => [e.kind, e.data.to]),
    ).toEqual([
      ['deal.stage_changed', 'lost'],
      ['deal.stage_changed', 'quote_sent'],
      ['deal.created', undefined],
    ]);
  });

  it('stage probabilities: everyone reads, managers edit (audited), deals show them', async () => {
    expect((await req('GET', alex, '/api/deals/probabilities')).json()).toMatchObject({
      qualified: 20,
      won: 100,
    });
    const body = { qualified: 10, quote_sent: 35, negotiation: 60, won: 100, lost: 0 };
    expect((await req('PUT', alex, '/api/deals/probabilities', body)).statusCode).toBe(403);
    for (const wrong of [{ won: 90 }, { lost: 5 }, { negotiation: 101 }, { qualified: 12.5 }])
      expect((await req('PUT', manager, '/api/deals/probabilities', { ...body, ...wrong })).statusCode).toBe(
        400,
      );
    expect((await req('PUT', manager, '/api/deals/probabilities', body)).json()).toEqual(body);
    expect((await newDeal(alex, await leadOf(alex))).json().probability).toBe(10);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'deals.probabilities_updated')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('stage probabilities saved before Won/Lost were fixed still load, as Won 100 and Lost 0', async () => {
    // Until today the API took any 0–100 for Won and Lost; such a setting must not break the deals page.
    const old = { qualified: 15, quote_sent: 40, negotiation: 70, won: 90, lost: 5 };
    await putSetting(t.ctx.db, PROBABILITIES_KEY, old, '2026-01-01T00:00:00Z');
    const res = await req('GET', alex, '/api/deals/probabilities');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...old, won: 100, lost: 0 });
  });
});
