import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { addNote, createContact } from '../contacts';
import { claimLead } from './claim';
import { expireStaleClaims } from './expiry';

let t: TestApp;
type Person = Actor & { email: string; password: string };
let manager: Person;
let alex: Person;
let sarah: Person;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  const person = async (role: 'rep' | 'manager', name: string): Promise<Person> => {
    const u = await t.userWithSession(role);
    return { id: u.id, name, role, ip: null, email: u.email, password: u.password };
  };
  manager = await person('manager', 'Dana');
  alex = await person('rep', 'Alex');
  sarah = await person('rep', 'Sarah');
  await t.setTerritory(alex.id, ['TX']);
  await t.setTerritory(sarah.id, ['TX']);
});
afterAll(() => t.close());

const lead = async (firstName: string, companyName?: string) =>
  (await createContact(t.ctx, manager, { firstName, lastName: 'Expiring', state: 'TX', companyName })).id;
// The test clock moves days at a time, past the session idle timeout: each request signs in afresh.
const cookieOf = (p: Person) => t.signIn(p.email, p.password);
const expiring = async (p: Person) => {
  const cookie = await cookieOf(p);
  const res = await t.app.inject({ method: 'GET', url: '/api/leads/expiring', headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; name: string; company: string | null; expiresAt: string }[];
};

describe('GET /api/leads/expiring', () => {
  it('lists my noticed leads with the day they return to the pool; a note keeps one', async () => {
    const idle = await lead('Idle', 'Permian Crane Co');
    const noted = await lead('Noted');
    const theirs = await lead('Theirs');
    await claimLead(t.ctx, alex, idle);
    await claimLead(t.ctx, alex, noted);
    await claimLead(t.ctx, sarah, theirs);
    const claimedAt = t.clock.now().getTime();
    expect(await expiring(alex)).toEqual([]);

    t.clock.advance(12 * DAY + 1000);
    expect(await expireStaleClaims(t.ctx)).toEqual({ noticed: 3, expired: 0 });
    const items = await expiring(alex);
    expect(items.map((i) => i.name)).toEqual(expect.arrayContaining(['Idle Expiring', 'Noted Expiring']));
    expect(items).toHaveLength(2);
    const idleItem = items.find((i) => i.id === idle);
    expect(idleItem).toMatchObject({ company: 'Permian Crane Co' });
    expect(new Date(idleItem!.expiresAt).getTime()).toBe(claimedAt + 14 * DAY);
    expect(items.find((i) => i.id === noted)?.company).toBeNull();

    // Only the caller's own: Sarah sees hers, the manager owns none.
    expect((await expiring(sarah)).map((i) => i.id)).toEqual([theirs]);
    expect(await expiring(manager)).toEqual([]);

    // Touching a lead clears the notice; it no longer shows.
    await addNote(t.ctx, alex, noted, 'Called dispatch, call back Monday');
    expect((await expiring(alex)).map((i) => i.id)).toEqual([idle]);

    // Once expired it is back in the pool and gone from the list.
    t.clock.advance(2 * DAY);
    expect((await expireStaleClaims(t.ctx)).expired).toBe(2);
    expect(await expiring(alex)).toEqual([]);
    expect(await expiring(sarah)).toEqual([]);
  });

  it('follows the organisation’s expiry days', async () => {
    const id = await lead('Rules');
    await claimLead(t.ctx, alex, id);
    const claimedAt = t.clock.now().getTime();
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/lead-rules',
      payload: { expiryDays: 7, noticeDays: 3 },
      headers: { cookie: await cookieOf(manager) },
    });
    expect(patch.statusCode).toBe(200);
    t.clock.advance(4 * DAY + 1000);
    await expireStaleClaims(t.ctx);
    const item = (await expiring(alex)).find((i) => i.id === id);
    expect(new Date(item!.expiresAt).getTime()).toBe(claimedAt + 7 * DAY);
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/leads/expiring' });
    expect(res.statusCode).toBe(401);
  });
});
