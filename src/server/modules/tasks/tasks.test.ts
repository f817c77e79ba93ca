import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person & { actor: Actor };
let alex: Person;
let sarah: Person;
const NOW = Date.parse('2026-03-10T15:00:00Z'); // Tuesday 10:00 CT

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(NOW - t.clock.now().getTime());
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
});
afterAll(() => t.close());

let n = 0;
const callback = async (rep: Person, followUpAt: string) => {
  const id = (
    await createContact(
      t.ctx,
      manager.actor,
      { firstName: `T${n++}`, state: 'TX', ownerId: rep.id },
      { allowDuplicate: true },
    )
  ).id;
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/contacts/${id}/calls`,
    payload: { outcome: 'callback', durationSec: 20, followUpAt },
    headers: { cookie: rep.cookie },
  });
  expect(res.statusCode).toBe(201);
  return id;
};
const tasks = async (p: Person, query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/tasks${query}`, headers: { cookie: p.cookie } });
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    id: string;
    version: number;
    dueAt: string;
    owner: { id: string };
    contact: { id: string };
  }[];
};
const patch = (p: Person, id: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/tasks/${id}`, payload, headers: { cookie: p.cookie } });

describe('follow-up tasks', () => {
  it('lists overdue, today and upcoming; reps see only their own, managers anyone’s', async () => {
    const overdue = await callback(alex, '2026-03-10T14:00:00Z');
    const today = await callback(alex, '2026-03-10T22:00:00Z');
    const upcoming = await callback(alex, '2026-03-11T16:00:00Z');
    const sarahs = await callback(sarah, '2026-03-10T16:00:00Z');
    const ids = (items: { contact: { id: string } }[]) => items.map((i) => i.contact.id);
    expect(ids(await tasks(alex, '?when=overdue'))).toEqual([overdue]);
    expect(ids(await tasks(alex, '?when=today'))).toEqual([today]);
    expect(ids(await tasks(alex, '?when=upcoming'))).toEqual([upcoming]);
    expect(ids(await tasks(alex, `?ownerId=${sarah.id}`))).toEqual([overdue, today, upcoming]);
    expect(ids(await tasks(manager, `?ownerId=${sarah.id}`))).toEqual([sarahs]);
    expect(ids(await tasks(manager))).toEqual([overdue, sarahs, today, upcoming]);
  });

  it('completes, reschedules and reassigns with versions and timeline events; a rep can’t touch another’s', async () => {
    const contactId = await callback(alex, '2026-03-12T15:00:00Z');
    const [task] = (await tasks(alex, '?when=upcoming')).filter((x) => x.contact.id === contactId);
    expect((await patch(sarah, task!.id, { version: task!.version, status: 'done' })).statusCode).toBe(404);
    expect((await patch(alex, task!.id, { version: task!.version, ownerId: sarah.id })).statusCode).toBe(403);

    const moved = await patch(alex, task!.id, { version: task!.version, dueAt: '2026-03-13T15:00:00Z' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ dueAt: '2026-03-13T15:00:00.000Z', version: 2 });
    const stale = await patch(alex, task!.id, { version: 1, status: 'done' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', details: { current: { version: 2 } } });

    expect((await patch(manager, task!.id, { version: 2, ownerId: manager.id })).json().error.code).toBe(
      'not_an_active_rep',
    );
    const reassigned = await patch(manager, task!.id, { version: 2, ownerId: sarah.id });
    expect(reassigned.json()).toMatchObject({ owner: { id: sarah.id }, version: 3 });
    const done = await patch(sarah, task!.id, { version: 3, status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', completedAt: new Date(NOW).toISOString() });

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/contacts/${contactId}/timeline`,
      headers: { cookie: manager.cookie },
    });
    expect(
      res
        .json()
        .items.map((e: { kind: string }) => e.kind)
        .slice(0, 3),
    ).toEqual(['task.completed', 'task.reassigned', 'task.rescheduled']);
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .select('next_follow_up_at')
      .where('id', '=', contactId)
      .executeTakeFirstOrThrow();
    expect(contact.next_follow_up_at).toBeNull();
  });

  it('follow the lead when it changes hands, and end when it goes back to the pool', async () => {
    const lead = await callback(alex, '2026-03-12T16:00:00Z');
    const mine = (p: Person) =>
      tasks(p, '?when=all').then((items) => items.filter((x) => x.contact.id === lead));
    expect(await mine(alex)).toHaveLength(1);
    const assign = (repId: string | null) =>
      t.app.inject({
        method: 'POST',
        url: '/api/leads/assign',
        payload: { contactIds: [lead], repId },
        headers: { cookie: manager.cookie },
      });
    expect((await assign(sarah.id)).statusCode).toBe(200);
    expect(await mine(alex)).toEqual([]);
    const sarahs = await mine(sarah);
    expect(sarahs.map((x) => x.owner.id)).toEqual([sarah.id]);
    // The old owner can no longer move it.
    expect(
      (await patch(alex, sarahs[0]!.id, { version: sarahs[0]!.version, status: 'done' })).statusCode,
    ).toBe(404);
    expect((await assign(null)).statusCode).toBe(200);
    expect(await mine(sarah)).toEqual([]);
    const contact = await t.app.inject({
      method: 'GET',
      url: `/api/contacts/${lead}`,
      headers: { cookie: manager.cookie },
    });
    expect(contact.json().nextFollowUpAt).toBeNull();
  });
});
