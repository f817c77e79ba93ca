import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

let t: TestApp;
let manager: { id: string; cookie: string };
let sarah: { id: string; cookie: string };
let mike: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  manager = await t.userWithSession('manager');
  sarah = await t.userWithSession('rep');
  mike = await t.userWithSession('rep');
  await t.ctx.db.updateTable('users').set({ name: 'Sarah Mitchell' }).where('id', '=', sarah.id).execute();
  await t.setTerritory(sarah.id, ['TX', 'OK']);
});
afterAll(() => t.close());

type Json = Record<string, unknown>;
const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Json) =>
  t.app.inject({ method, url, payload, headers: { cookie } });
let seq = 0;
const uniquePhone = () => `+1 713 555 ${String(1000 + (seq++ % 9000)).padStart(4, '0')}`;

async function create(cookie: string, body: Json) {
  const res = await call(cookie, 'POST', '/api/contacts', body);
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
}

describe('creating contacts', () => {
  it('normalizes phone, email, state, ZIP and derives the local time zone', async () => {
    const c = await create(manager.cookie, {
      firstName: 'Ray',
      lastName: 'Ortiz',
      companyName: 'Sun City Cranes',
      email: '  Ray.Ortiz@SunCityCranes.COM ',
      phone: '(915) 555-0142 ext. 12',
      city: 'El Paso',
      state: 'texas',
      zip: '79901',
    });
    expect(c).toMatchObject({
      name: 'Ray Ortiz',
      email: 'ray.ortiz@suncitycranes.com',
      phone: '(915) 555-0142 ext. 12',
      phoneE164: '+19155550142',
      phoneExt: '12',
      state: 'TX',
      zip: '79901',
      timeZone: 'America/Denver',
      status: 'not_called',
      owner: null,
      company: { name: 'Sun City Cranes' },
    });
  });

  it('explains invalid fields', async () => {
    const res = await call(manager.cookie, 'POST', '/api/contacts', {
      firstName: 'Bad',
      email: 'not-an-email',
      phone: '12',
      state: 'Texxas',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(['email', 'phone', 'state']);
  });

  it('warns of a duplicate phone with the owner, and creates anyway when asked', async () => {
    const phone = uniquePhone();
    await create(manager.cookie, {
      firstName: 'Dale',
      lastName: 'Hughes',
      companyName: 'Lone Star Excavation',
      phone,
      ownerId: sarah.id,
    });
    const body = { firstName: 'D.', lastName: 'Hughes', phone: phone.replace(/\s/g, '-') };
    const dupe = await call(manager.cookie, 'POST', '/api/contacts', body);
    expect(dupe.statusCode).toBe(409);
    expect(dupe.json().error.code).toBe('possible_duplicate');
    expect(dupe.json().error.message).toBe(
      'A contact with this phone already exists: Lone Star Excavation (Dale Hughes), owned by Sarah.',
    );
    const check = await call(manager.cookie, 'POST', '/api/contacts/duplicates', body);
    expect(check.json().matches[0].matchedOn).toEqual(['phone']);
    expect(
      (await call(manager.cookie, 'POST', '/api/contacts', { ...body, allowDuplicate: true })).statusCode,
    ).toBe(201);
  });

  it('gives a rep’s new contact to the rep', async () => {
    const c = await create(sarah.cookie, { firstName: 'Own', lastName: 'Lead', phone: uniquePhone() });
    expect(c.owner).toEqual({ id: sarah.id, name: 'Sarah Mitchell' });
  });
});

describe('editing and the timeline', () => {
  it('records created, edited (before → after) and notes, newest first, filterable and paginated', async () => {
    const c = await create(manager.cookie, {
      firstName: 'Tina',
      lastName: 'Park',
      city: 'Tulsa',
      state: 'OK',
    });
    const edited = await call(manager.cookie, 'PATCH', `/api/contacts/${c.id}`, {
      version: c.version,
      city: 'Broken Arrow',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ city: 'Broken Arrow', version: 2 });
    for (const body of ['Asked for a quote on a D9 move', 'Call back after the 15th']) {
      expect((await call(manager.cookie, 'POST', `/api/contacts/${c.id}/notes`, { body })).statusCode).toBe(
        201,
      );
    }
    const all = (await call(manager.cookie, 'GET', `/api/contacts/${c.id}/timeline`)).json();
    expect(all.items.map((e: Json) => e.kind)).toEqual([
      'note',
      'note',
      'contact.updated',
      'contact.created',
    ]);
    expect(all.items[0].data.body).toBe('Call back after the 15th');
    expect(all.items[2].data.changes).toEqual({ city: { from: 'Tulsa', to: 'Broken Arrow' } });

    const notes = (
      await call(manager.cookie, 'GET', `/api/contacts/${c.id}/timeline?kind=note&limit=1`)
    ).json();
    expect(notes.items).toHaveLength(1);
    const next = (
      await call(
        manager.cookie,
        'GET',
        `/api/contacts/${c.id}/timeline?kind=note&limit=1&cursor=${notes.nextCursor}`,
      )
    ).json();
    expect(next.items[0].data.body).toBe('Asked for a quote on a D9 move');
    expect(next.nextCursor).toBeNull();
  });

  it('answers a stale edit with 409, the current record and who changed it', async () => {
    const c = await create(manager.cookie, { firstName: 'Stale', lastName: 'Edit', ownerId: sarah.id });
    await call(sarah.cookie, 'PATCH', `/api/contacts/${c.id}`, { version: 1, title: 'Fleet manager' });
    const res = await call(manager.cookie, 'PATCH', `/api/contacts/${c.id}`, { version: 1, title: 'Owner' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Sarah Mitchell changed this contact after you opened it.');
    expect(res.json().error.details.current).toMatchObject({ title: 'Fleet manager', version: 2 });
  });
});

describe('who sees and changes what', () => {
  it('lets a rep see their leads and the pool of their states, not another rep’s lead', async () => {
    const mine = await create(manager.cookie, {
      firstName: 'Mine',
      lastName: 'Lead',
      state: 'CA',
      ownerId: sarah.id,
    });
    const pool = await create(manager.cookie, { firstName: 'Pool', lastName: 'Lead', state: 'TX' });
    const elsewhere = await create(manager.cookie, { firstName: 'Far', lastName: 'Lead', state: 'FL' });
    const theirs = await create(manager.cookie, {
      firstName: 'Theirs',
      lastName: 'Lead',
      state: 'TX',
      ownerId: mike.id,
    });
    expect((await call(sarah.cookie, 'GET', `/api/contacts/${mine.id}`)).statusCode).toBe(200);
    expect((await call(sarah.cookie, 'GET', `/api/contacts/${pool.id}`)).statusCode).toBe(200);
    expect((await call(sarah.cookie, 'GET', `/api/contacts/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await call(sarah.cookie, 'GET', `/api/contacts/${theirs.id}`)).statusCode).toBe(404);
    expect((await call(sarah.cookie, 'GET', `/api/contacts/${theirs.id}/timeline`)).statusCode).toBe(404);
    const list = (await call(sarah.cookie, 'GET', '/api/contacts?limit=200')).json();
    const ids = list.items.map((c: Json) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(pool.id);
    expect(ids).not.toContain(theirs.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(
      list.items.every((c: { owner: { id: string } | null }) => !c.owner || c.owner.id === sarah.id),
    ).toBe(true);
  });

  it('keeps a rep from editing a pool lead or someone else’s, and from deleting', async () => {
    const pool = await create(manager.cookie, { firstName: 'Unclaimed', lastName: 'Lead', state: 'OK' });
    expect((await call(sarah.cookie, 'GET', `/api/contacts/${pool.id}`)).statusCode).toBe(200);
    const edit = await call(sarah.cookie, 'PATCH', `/api/contacts/${pool.id}`, { version: 1, title: 'x' });
    expect(edit.statusCode).toBe(403);
    expect(
      (await call(sarah.cookie, 'POST', `/api/contacts/${pool.id}/notes`, { body: 'hi' })).statusCode,
    ).toBe(403);
    expect((await call(sarah.cookie, 'DELETE', `/api/contacts/${pool.id}`)).statusCode).toBe(403);
  });
});

describe('delete and restore', () => {
  it('soft-deletes, lists it in the recycle bin, restores within 30 days and not after', async () => {
    const c = await create(manager.cookie, {
      firstName: 'Gone',
      lastName: 'Soon',
      companyName: 'Recycle Haul',
    });
    expect((await call(manager.cookie, 'DELETE', `/api/contacts/${c.id}`)).statusCode).toBe(204);
    const live = (await call(manager.cookie, 'GET', '/api/contacts?q=recycle')).json();
    expect(live.items).toHaveLength(0);
    const bin = (await call(manager.cookie, 'GET', '/api/contacts?deleted=only&q=recycle')).json();
    expect(bin.items.map((x: Json) => x.id)).toEqual([c.id]);
    expect((await call(manager.cookie, 'POST', `/api/contacts/${c.id}/restore`)).json().deletedAt).toBeNull();
    expect((await call(manager.cookie, 'GET', '/api/contacts?q=recycle')).json().total).toBe(1);

    await call(manager.cookie, 'DELETE', `/api/contacts/${c.id}`);
    t.clock.advance(31 * 86_400_000);
    const later = await t.userWithSession('manager'); // the first session has long expired
    const late = await call(later.cookie, 'POST', `/api/contacts/${c.id}/restore`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('restore_window_passed');
  });
});
