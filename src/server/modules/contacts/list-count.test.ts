import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { bulkInsert } from '../../../db/bulk-insert';
import { LIST_COUNT_CAP } from '../../../shared/contacts';
import type { Actor } from '../../context';
import { newId } from '../../ids';
import { createContact } from './service';

// Counting 100k matches exactly costs more than the list's 100 ms budget, so the list says "10,000+" and the
// exact number is asked for separately (select all matching). Here: 10,040 Texans, 5 Oklahomans.
let t: TestApp;
let manager: { id: string; cookie: string };
const TEXANS = LIST_COUNT_CAP + 40;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.userWithSession('manager');
  const actor: Actor = { id: manager.id, name: 'M', role: 'manager', ip: null };
  for (let i = 0; i < 5; i++) {
    await createContact(t.ctx, actor, { firstName: `Okie${i}`, lastName: 'Lead', state: 'OK' }, {});
  }
  const model = await createContact(t.ctx, actor, { firstName: 'Tex', lastName: 'Model', state: 'TX' }, {});
  const row = await t.ctx.db
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', model.id)
    .executeTakeFirstOrThrow();
  const columns = Object.keys(row);
  const clones = Array.from({ length: TEXANS - 1 }, (_, i) =>
    columns.map((c) =>
      c === 'id'
        ? newId()
        : c === 'name_key'
          ? `tex ${String(i).padStart(5, '0')}`
          : row[c as keyof typeof row],
    ),
  );
  await bulkInsert(t.ctx.db, 'contacts', columns, clones, { max: 500 });
});
afterAll(() => t.close());

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('the list count', () => {
  it('is exact up to 10,000 and says "10,000+" beyond; the count endpoint gives the exact number', async () => {
    expect(await get('/api/contacts?state=OK')).toMatchObject({ total: 5, totalCapped: false });
    const texas = await get('/api/contacts?state=TX&limit=10');
    expect(texas).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true });
    expect(texas.items).toHaveLength(10);
    expect(await get('/api/contacts/count?state=TX')).toEqual({ total: TEXANS });
    expect(await get('/api/contacts/count?state=TX,OK')).toEqual({ total: TEXANS + 5 });
    expect(await get('/api/contacts/count?state=OK&hasEmail=true')).toEqual({ total: 0 });
  });

  it('pages a broad filter in the same order as a narrow one (SQLite reads the sort index for it)', async () => {
    const expected = await t.ctx.db
      .selectFrom('contacts')
      .select('id')
      .where('state', '=', 'TX')
      .where('deleted_at', 'is', null)
      .orderBy('name_key', 'desc')
      .orderBy('id', 'desc')
      .limit(20)
      .execute();
    const first = await get('/api/contacts?state=TX&sort=name&dir=desc&limit=10');
    const second = await get(`/api/contacts?state=TX&sort=name&dir=desc&limit=10&cursor=${first.nextCursor}`);
    const ids = [...first.items, ...second.items].map((c: { id: string }) => c.id);
    expect(ids).toEqual(expected.map((r) => r.id));
  });

  it('counts only what the person may see', async () => {
    const rep = await t.userWithSession('rep');
    await t.setTerritory(rep.id, ['OK']);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/contacts/count?state=TX',
      headers: { cookie: rep.cookie },
    });
    expect(res.json()).toEqual({ total: 0 });
  });
});
