import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person & { actor: Actor };
let alex: Person;
const NOW = Date.parse('2026-03-10T15:00:00Z'); // Tuesday 10:00 CT

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(NOW - t.clock.now().getTime());
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
});
afterAll(() => t.close());

const send = (p: Person, method: 'GET' | 'PATCH', payload?: object) =>
  t.app.inject({ method, url: '/api/call-rules', payload, headers: { cookie: p.cookie } });
const listedIds = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/call-list', headers: { cookie: alex.cookie } });
  return res.json().items.map((i: { contactId: string }) => i.contactId) as string[];
};

describe('call list rules', () => {
  it('start at a one-day cool-down and six attempts; reps read them but only managers change them', async () => {
    expect((await send(alex, 'GET')).json()).toEqual({ retryCoolDownHours: 24, maxAttempts: 6 });
    const denied = await send(alex, 'PATCH', { maxAttempts: 3 });
    expect(denied.statusCode).toBe(403);
    expect((await send(manager, 'GET')).json().maxAttempts).toBe(6);
  });

  it('refuse values out of range with a message naming the field', async () => {
    const res = await send(manager, 'PATCH', { retryCoolDownHours: 0, maxAttempts: 51 });
    expect(res.statusCode).toBe(400);
    const text = JSON.stringify(res.json());
    expect(text).toContain('retryCoolDownHours');
    expect(text).toContain('At most 50 attempts.');
  });

  it('take effect on the next call list: a shorter cool-down brings a no-answer back, fewer attempts drop it', async () => {
    const id = (
      await createContact(
        t.ctx,
        manager.actor,
        { firstName: 'Retry', lastName: 'Lead', state: 'TX', ownerId: alex.id },
        { allowDuplicate: true },
      )
    ).id;
    const call = await t.app.inject({
      method: 'POST',
      url: `/api/contacts/${id}/calls`,
      payload: { outcome: 'no_answer', durationSec: 20 },
      headers: { cookie: alex.cookie },
    });
    expect(call.statusCode).toBe(201);
    t.clock.advance(3 * 3_600_000);
    expect(await listedIds()).not.toContain(id);

    const saved = await send(manager, 'PATCH', { retryCoolDownHours: 2 });
    expect(saved.json()).toEqual({ retryCoolDownHours: 2, maxAttempts: 6 });
    expect(await listedIds()).toContain(id);

    await send(manager, 'PATCH', { maxAttempts: 1 });
    expect(await listedIds()).not.toContain(id);

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', '=', 'call_rules.updated')
      .execute();
    expect(audit).toEqual([
      { action: 'call_rules.updated', actor_id: manager.id },
      { action: 'call_rules.updated', actor_id: manager.id },
    ]);
  });
});
