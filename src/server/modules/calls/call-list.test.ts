import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person & { actor: Actor };
let alex: Person;
const NOW = Date.parse('2026-03-10T15:00:00Z'); // Tuesday 10:00 CT, 5:00 in Honolulu

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(NOW - t.clock.now().getTime());
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
});
afterAll(() => t.close());

const lead = async (firstName: string, over: Record<string, unknown> = {}) =>
  (
    await createContact(
      t.ctx,
      manager.actor,
      { firstName, lastName: 'Lead', state: 'TX', ownerId: alex.id, ...over },
      { allowDuplicate: true },
    )
  ).id;
const logCall = async (id: string, body: object) => {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/contacts/${id}/calls`,
    payload: { durationSec: 30, ...body },
    headers: { cookie: alex.cookie },
  });
  expect(res.statusCode).toBe(201);
};
const callList = async (p: Person, query = '') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/call-list${query}`,
    headers: { cookie: p.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();

describe('the call list', () => {
  it('orders overdue, due today, new, retry; holds back leads outside calling hours; never DNC', async () => {
    const overdueLate = await lead('OverdueLate');
    const overdueEarly = await lead('OverdueEarly');
    const dueToday = await lead('DueToday');
    const tomorrow = await lead('Tomorrow');
    const bare = await lead('Bare');
    const full = await lead('Full', { phone: '+1 214 555 0100', email: 'full@example.test' });
    const retry = await lead('Retry');
    const tooSoon = await lead('TooSoon');
    const exhausted = await lead('Exhausted');
    const dnc = await lead('Dnc');
    const notInterested = await lead('NotInterested');
    const hawaii = await lead('Hawaii', { state: 'HI' });

    await logCall(overdueLate, { outcome: 'callback', followUpAt: '2026-03-10T14:00:00Z' });
    await logCall(overdueEarly, { outcome: 'callback', followUpAt: '2026-03-10T13:00:00Z' });
    await logCall(dueToday, { outcome: 'callback', followUpAt: '2026-03-10T20:00:00Z' });
    await logCall(tomorrow, { outcome: 'callback', followUpAt: '2026-03-11T15:00:00Z' });
    for (const id of [retry, tooSoon, exhausted]) await logCall(id, { outcome: 'no_answer' });
    await logCall(dnc, { outcome: 'do_not_call' });
    await logCall(notInterested, { outcome: 'not_interested' });
    const db = t.ctx.db;
    await db
      .updateTable('contacts')
      .set({ last_call_at: daysAgo(2) })
      .where('id', 'in', [retry, exhausted])
      .execute();
    await db.updateTable('contacts').set({ call_attempts: 6 }).where('id', '=', exhausted).execute();

    const list = await callList(alex);
    expect(list.items.map((i: { contactId: string }) => i.contactId)).toEqual([
      overdueEarly,
      overdueLate,
      dueToday,
      full,
      bare,
      retry,
    ]);
    expect(list.items.map((i: { group: string }) => i.group)).toEqual([
      'overdue',
      'overdue',
      'due_today',
      'new',
      'new',
      'retry',
    ]);
    expect(list.items[2]).toMatchObject({
      reason: 'Callback promised for 3:00 PM CT',
      localTime: '10:00 AM CT',
      status: 'callback',
      attempts: 1,
      dueAt: '2026-03-10T20:00:00.000Z',
      opensAt: null,
    });
    expect(list.items[0].reason).toBe('Overdue: callback promised for Mar 10, 8:00 AM CT');
    expect(list.items[3].reason).toBe('Never called');
    expect(list.items[5].reason).toBe('Retry: No Answer 2 days ago');
    expect(list.heldBack).toEqual([
      expect.objectContaining({
        contactId: hawaii,
        group: 'new',
        localTime: '5:00 AM HT',
        opensAt: 'opens at 8:00 AM HT',
      }),
    ]);
    for (const gone of [tomorrow, tooSoon, exhausted, dnc, notInterested]) {
      expect(JSON.stringify(list)).not.toContain(gone);
    }
    expect(list.stats).toMatchObject({
      callsToday: 9,
      dailyTarget: null,
      connectsToday: 6,
      interestedToday: 0,
      conversionToday: 0,
    });

    // Three hours later Hawaii opens; the callback due at 15:00 CT becomes overdue after that.
    t.clock.advance(3 * 3_600_000);
    const later = await callList(alex);
    expect(later.heldBack).toEqual([]);
    expect(later.items.map((i: { contactId: string }) => i.contactId)).toContain(hawaii);
    t.clock.advance(3 * 3_600_000);
    const evening = await callList(alex);
    expect(evening.items.filter((i: { group: string }) => i.group === 'overdue')).toHaveLength(3);
    t.clock.advance(-6 * 3_600_000);
  });

  it('shows who has a lead open; managers see a rep’s list with repId, reps only their own', async () => {
    const id = await lead('Leased', {
      phone: '+1 214 555 0101',
      email: 'l@example.test',
      companyName: 'Acme',
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/contacts/${id}/lease`,
      headers: { cookie: manager.cookie },
    });
    const viaManager = await callList(manager, `?repId=${alex.id}`);
    expect(viaManager.items.find((i: { contactId: string }) => i.contactId === id)?.leasedBy).toBeNull();
    const mine = await callList(alex);
    expect(mine.items.find((i: { contactId: string }) => i.contactId === id)).toMatchObject({
      company: 'Acme',
      leasedBy: { id: manager.id },
    });
    const other = await t.userWithSession('rep');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/call-list?repId=${alex.id}`,
      headers: { cookie: other.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect((await callList(other)).items).toEqual([]);
  });
});
