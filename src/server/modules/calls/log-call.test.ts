import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from '../contacts';

let t: TestApp;
type Person = { id: string; cookie: string };
let manager: Person & { actor: Actor };
let alex: Person;
let sarah: Person;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse('2026-03-10T15:00:00Z') - t.clock.now().getTime()); // Tue 10:00 CT
  const m = await t.userWithSession('manager');
  manager = { ...m, actor: { id: m.id, name: 'Dana', role: 'manager', ip: null } };
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  await t.ctx.db.updateTable('users').set({ name: 'Sarah Mitchell' }).where('id', '=', sarah.id).execute();
  await t.setTerritory(alex.id, ['TX']);
  await t.setTerritory(sarah.id, ['TX']);
});
afterAll(() => t.close());

let n = 0;
const leadOf = async (owner: Person) =>
  (
    await createContact(
      t.ctx,
      manager.actor,
      { firstName: `Lead${n++}`, lastName: 'Call', state: 'TX', ownerId: owner.id },
      { allowDuplicate: true },
    )
  ).id;
const req = (method: 'POST' | 'DELETE' | 'GET', p: Person, url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: p.cookie } });
const logCall = (p: Person, id: string, body: object) => req('POST', p, `/api/contacts/${id}/calls`, body);
const timeline = async (id: string) =>
  (await req('GET', manager, `/api/contacts/${id}/timeline`)).json().items as {
    kind: string;
    data: Record<string, unknown>;
  }[];

describe('logging a call', () => {
  it('records the call, sets the status, bumps attempts, creates the callback task and a timeline event', async () => {
    const id = await leadOf(alex);
    const res = await logCall(alex, id, {
      outcome: 'callback',
      notes: 'Wants a quote for a 90-ton crane',
      durationSec: 125,
      followUpAt: '2026-03-11T19:30:00Z',
    });
    expect(res.statusCode).toBe(201);
    const { call, contact } = res.json();
    expect(call).toMatchObject({
      contactId: id,
      rep: { id: alex.id },
      outcome: 'callback',
      durationSec: 125,
    });
    expect(contact).toMatchObject({ status: 'callback', nextFollowUpAt: '2026-03-11T19:30:00.000Z' });
    const row = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      call_attempts: 1,
      last_call_at: call.calledAt,
      owner_touched_at: call.calledAt,
    });
    const tasks = await t.ctx.db.selectFrom('tasks').selectAll().where('contact_id', '=', id).execute();
    expect(tasks).toMatchObject([{ kind: 'callback', status: 'open', owner_id: alex.id }]);
    expect((await timeline(id))[0]).toMatchObject({
      kind: 'call.logged',
      data: { outcome: 'callback', durationSec: 125, notes: 'Wants a quote for a 90-ton crane' },
    });

    // The next call completes the callback it kept.
    const again = await logCall(alex, id, { outcome: 'interested', durationSec: 300 });
    expect(again.json().contact).toMatchObject({ status: 'interested', nextFollowUpAt: null });
    const after = await t.ctx.db.selectFrom('tasks').selectAll().where('contact_id', '=', id).execute();
    expect(after).toMatchObject([{ status: 'done', completed_at: again.json().call.calledAt }]);
  });

  it('says who owns it (403), hides what the rep cannot see (404)', async () => {
    const id = await leadOf(sarah);
    const res = await logCall(alex, id, { outcome: 'no_answer', durationSec: 0 });
    expect(res.statusCode).toBe(404); // territory visibility: another rep's lead is not visible
    await t.ctx.db
      .insertInto('settings')
      .values({
        key: 'leads.rules',
        value: '{"visibility":"everything"}',
        updated_at: '2026-03-10T00:00:00Z',
      })
      .execute();
    const seen = await logCall(alex, id, { outcome: 'no_answer', durationSec: 0 });
    expect(seen.statusCode).toBe(403);
    expect(seen.json().error.message).toBe('Owned by Sarah Mitchell');
    await t.ctx.db.deleteFrom('settings').where('key', '=', 'leads.rules').execute();
    expect((await logCall(manager, id, { outcome: 'no_answer', durationSec: 0 })).statusCode).toBe(201);
  });

  it("refuses a pool lead in the rep's territory (403, claim first) and changes nothing, callback or not", async () => {
    const id = (
      await createContact(
        t.ctx,
        manager.actor,
        { firstName: `Pool${n++}`, lastName: 'Call', state: 'TX' },
        { allowDuplicate: true },
      )
    ).id;
    for (const body of [
      { outcome: 'no_answer', durationSec: 0 },
      { outcome: 'callback', durationSec: 0 },
      { outcome: 'callback', durationSec: 0, followUpAt: '2026-03-11T19:30:00Z' },
    ]) {
      const res = await logCall(alex, id, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('Claim this lead to work it.');
    }
    const row = await t.ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ call_attempts: 0, version: 1, owner_id: null, last_call_at: null });
    expect(await t.ctx.db.selectFrom('calls').select('id').where('contact_id', '=', id).execute()).toEqual(
      [],
    );
    expect(await t.ctx.db.selectFrom('tasks').select('id').where('contact_id', '=', id).execute()).toEqual(
      [],
    );
  });

  it('refuses a callback without a time with 422 and a bad outcome with 400', async () => {
    const id = await leadOf(alex);
    const res = await logCall(alex, id, { outcome: 'callback', durationSec: 10 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('follow_up_required');
    expect((await logCall(alex, id, { outcome: 'maybe', durationSec: 10 })).statusCode).toBe(400);
  });

  it('gives 409 stale_version with the current contact when the version is stale', async () => {
    const id = await leadOf(alex);
    await logCall(alex, id, { outcome: 'no_answer', durationSec: 0, contactVersion: 1 });
    const res = await logCall(alex, id, { outcome: 'left_voicemail', durationSec: 0, contactVersion: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'stale_version',
      details: { current: { id, status: 'no_answer', version: 2 } },
    });
  });

  it('gives 409 lead_leased while someone else has it open, and works after the lease lapses', async () => {
    const id = await leadOf(alex);
    const lease = await req('POST', alex, `/api/contacts/${id}/lease`);
    expect(lease.statusCode).toBe(200);
    expect(lease.json()).toMatchObject({ contactId: id, user: { id: alex.id } });
    const res = await logCall(manager, id, { outcome: 'no_answer', durationSec: 0 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'lead_leased', details: { userId: alex.id } });
    // Alex's own call goes through and releases the lease.
    expect((await logCall(alex, id, { outcome: 'no_answer', durationSec: 5 })).statusCode).toBe(201);
    expect((await logCall(manager, id, { outcome: 'no_answer', durationSec: 0 })).statusCode).toBe(201);
  });

  it('lets exactly one of two simultaneous saves of the same lead through', async () => {
    const id = await leadOf(alex);
    const [a, b] = await Promise.all([
      logCall(alex, id, { outcome: 'interested', durationSec: 60, contactVersion: 1 }),
      logCall(manager, id, { outcome: 'not_interested', durationSec: 30, contactVersion: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const calls = await t.ctx.db.selectFrom('calls').select('outcome').where('contact_id', '=', id).execute();
    expect(calls).toHaveLength(1);
    const winner = a.statusCode === 201 ? 'interested' : 'not_interested';
    expect(calls[0]!.outcome).toBe(winner);
  });
});

describe('leases', () => {
  it('refuses a second person, extends on renewal, lapses after 10 idle minutes, ends on release', async () => {
    const id = await leadOf(alex);
    const first = await req('POST', alex, `/api/contacts/${id}/lease`);
    const taken = await req('POST', manager, `/api/contacts/${id}/lease`);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('lead_leased');
    t.clock.advance(5 * 60_000);
    const renewed = await req('POST', alex, `/api/contacts/${id}/lease`);
    expect(Date.parse(renewed.json().expiresAt) - Date.parse(first.json().expiresAt)).toBe(5 * 60_000);
    t.clock.advance(9 * 60_000);
    expect((await req('POST', manager, `/api/contacts/${id}/lease`)).statusCode).toBe(409);
    t.clock.advance(2 * 60_000);
    expect((await req('POST', manager, `/api/contacts/${id}/lease`)).statusCode).toBe(200);
    const del = await req('DELETE', manager, `/api/contacts/${id}/lease`);
    expect(del.body).toBe('');
    expect(del.statusCode).toBe(204);
    expect((await req('POST', alex, `/api/contacts/${id}/lease`)).statusCode).toBe(200);
  });

  it('records a skip with its reason; a skip without a reason is 400; others may not lease (403)', async () => {
    const id = await leadOf(alex);
    await req('POST', alex, `/api/contacts/${id}/lease`);
    expect((await req('DELETE', alex, `/api/contacts/${id}/lease`, { reason: '' })).statusCode).toBe(400);
    const skip = await req('DELETE', alex, `/api/contacts/${id}/lease`, {
      reason: 'Gatekeeper said call Friday',
    });
    expect(skip.statusCode).toBe(204);
    expect((await timeline(id))[0]).toMatchObject({
      kind: 'call.skipped',
      data: { reason: 'Gatekeeper said call Friday' },
    });
    expect((await req('POST', manager, `/api/contacts/${id}/lease`)).statusCode).toBe(200);
    const other = await leadOf(sarah);
    expect((await req('POST', alex, `/api/contacts/${other}/lease`)).statusCode).toBe(404);
  });
});

describe('what a call leaves behind', () => {
  const row = (id: string) =>
    t.ctx.db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const tasksOf = (id: string) =>
    t.ctx.db
      .selectFrom('tasks')
      .select(['id', 'kind', 'status', 'owner_id', 'due_at', 'completed_at'])
      .where('contact_id', '=', id)
      .orderBy('due_at')
      .execute();
  const nameOf = async (p: Person) =>
    (await t.ctx.db.selectFrom('users').select('name').where('id', '=', p.id).executeTakeFirstOrThrow()).name;

  it("completes only the caller's open tasks, keeps the others' next follow-up, and says so on the timeline", async () => {
    const id = await leadOf(alex);
    // The manager's own reminder on Alex's lead (as another flow would leave it).
    const managerTask = `task-of-manager-${id}`;
    await t.ctx.db
      .insertInto('tasks')
      .values({
        id: managerTask,
        kind: 'follow_up',
        status: 'open',
        contact_id: id,
        owner_id: manager.id,
        call_id: null,
        due_at: '2026-03-12T15:00:00.000Z',
        note: null,
        completed_at: null,
        created_by: manager.id,
        created_at: '2026-03-10T00:00:00Z',
        updated_at: '2026-03-10T00:00:00Z',
        version: 1,
      })
      .execute();
    await t.ctx.db
      .updateTable('contacts')
      .set({ next_follow_up_at: '2026-03-12T15:00:00.000Z' })
      .where('id', '=', id)
      .execute();
    const before = await row(id);

    // Alex's callback: a task for Alex, the earlier of the two is next.
    const a = (
      await logCall(alex, id, {
        outcome: 'callback',
        notes: 'n1',
        durationSec: 5,
        followUpAt: '2026-03-11T19:30:00Z',
      })
    ).json();
    const t1 = (await tasksOf(id)).find((x) => x.owner_id === alex.id)!;
    expect(t1).toMatchObject({ kind: 'callback', status: 'open', due_at: '2026-03-11T19:30:00.000Z' });
    expect(a.contact).toMatchObject({
      nextFollowUpAt: '2026-03-11T19:30:00.000Z',
      version: before.version + 1,
    });
    expect((await timeline(id))[0]!.data).toEqual({
      callId: a.call.id,
      outcome: 'callback',
      durationSec: 5,
      notes: 'n1',
      followUpAt: '2026-03-11T19:30:00.000Z',
      taskId: t1.id,
      completedTaskIds: [],
      repName: await nameOf(alex),
    });

    // The manager calls it: the manager's task is done, Alex's stays; the owner's touch time does not move.
    t.clock.advance(60_000);
    const m = (await logCall(manager, id, { outcome: 'no_answer', notes: '', durationSec: 0 })).json();
    expect(await tasksOf(id)).toMatchObject([
      { id: t1.id, status: 'open' },
      { id: managerTask, status: 'done', completed_at: m.call.calledAt },
    ]);
    expect(await row(id)).toMatchObject({
      status: 'no_answer',
      call_attempts: 2,
      last_call_at: m.call.calledAt,
      last_activity_at: m.call.calledAt,
      owner_touched_at: a.call.calledAt,
      next_follow_up_at: '2026-03-11T19:30:00.000Z',
      updated_by: manager.id,
    });
    expect((await timeline(id))[0]!.data).toMatchObject({
      callId: m.call.id,
      followUpAt: null,
      taskId: null,
      completedTaskIds: [managerTask],
    });

    // Alex again with a follow-up date: the callback is kept, a follow-up task replaces it.
    t.clock.advance(60_000);
    const b = (
      await logCall(alex, id, {
        outcome: 'left_voicemail',
        durationSec: 20,
        followUpAt: '2026-03-14T15:00:00Z',
      })
    ).json();
    const t2 = (await tasksOf(id)).find((x) => x.status === 'open')!;
    expect(t2).toMatchObject({ kind: 'follow_up', owner_id: alex.id, due_at: '2026-03-14T15:00:00.000Z' });
    expect(b.contact).toMatchObject({ status: 'left_voicemail', nextFollowUpAt: '2026-03-14T15:00:00.000Z' });
    expect((await timeline(id))[0]!.data).toMatchObject({ taskId: t2.id, completedTaskIds: [t1.id] });

    // A closed outcome makes no task even with a date, and ends the open one.
    t.clock.advance(60_000);
    const c = (
      await logCall(alex, id, {
        outcome: 'not_interested',
        durationSec: 9,
        followUpAt: '2026-03-20T15:00:00Z',
      })
    ).json();
    expect(c.call).toMatchObject({ followUpAt: null });
    expect(c.contact).toMatchObject({ status: 'not_interested', nextFollowUpAt: null });
    expect((await tasksOf(id)).filter((x) => x.status === 'open')).toEqual([]);
    expect(await row(id)).toMatchObject({
      call_attempts: 4,
      owner_touched_at: c.call.calledAt,
      lease_user_id: null,
      version: before.version + 4,
    });
  });

  it('counts two simultaneous calls on one lead without a version both', async () => {
    const id = await leadOf(alex);
    const [a, b] = await Promise.all([
      logCall(alex, id, { outcome: 'no_answer', durationSec: 1 }),
      logCall(manager, id, { outcome: 'left_voicemail', durationSec: 2, followUpAt: '2026-03-12T15:00:00Z' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(await row(id)).toMatchObject({ call_attempts: 2, version: 3 });
    const calls = await t.ctx.db.selectFrom('calls').select('id').where('contact_id', '=', id).execute();
    expect(calls).toHaveLength(2);
    expect((await timeline(id)).filter((e) => e.kind === 'call.logged')).toHaveLength(2);
  });
});
