import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { LeadVisibility } from '../../../shared/lead-rules';
import type { Actor } from '../../context';
import { createContact } from './service';

// What a rep lists and counts under each lead visibility mode, on every path the list takes: a narrow filter
// (matches sorted), a broad one (SQLite reads the sort index, `+column` tests and EXISTS for a tag), the capped
// count and GET /api/contacts/count. The expected set is written out here, not taken from the code under test.
let t: TestApp;
let manager: { id: string; cookie: string };
let alex: { id: string; cookie: string };
let sarah: { id: string; cookie: string };
type Row = { id: string; owner: string | null; state: string | null; hot: boolean };
const rows: Row[] = [];

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.userWithSession('manager');
  alex = await t.userWithSession('rep');
  sarah = await t.userWithSession('rep');
  await t.setTerritory(alex.id, ['TX']);
  await t.setTerritory(sarah.id, ['OK']);
  const actor: Actor = { id: manager.id, name: 'M', role: 'manager', ip: null };
  const plan: [string | null, string | null, number][] = [
    [alex.id, 'TX', 6],
    [alex.id, 'OK', 2],
    [sarah.id, 'TX', 6],
    [sarah.id, 'OK', 3],
    [null, 'TX', 8],
    [null, 'OK', 8],
    [null, null, 3],
  ];
  let n = 0;
  for (const [owner, state, count] of plan)
    for (let i = 0; i < count; i++) {
      n++;
      const hot = n % 3 === 0;
      const c = await createContact(
        t.ctx,
        actor,
        {
          firstName: `Lead${String(n).padStart(2, '0')}`,
          lastName: 'X',
          state,
          ...(hot ? { tags: ['hot'] } : {}),
        },
        {},
      );
      await t.ctx.db.updateTable('contacts').set({ owner_id: owner }).where('id', '=', c.id).execute();
      rows.push({ id: c.id, owner, state, hot });
    }
});
afterAll(() => t.close());

const get = async (cookie: string, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Every id of the list, page by page. */
async function allPages(cookie: string, query: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = await get(
      cookie,
      `/api/contacts?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

const sees = (mode: LeadVisibility, r: Row) =>
  mode === 'everything' ||
  r.owner === alex.id ||
  (mode === 'territory' && r.owner === null && r.state === 'TX');

describe.each(['territory', 'own', 'everything'] as const)('a rep, visibility %s', (mode) => {
  it('lists and counts exactly what the rule lets them see, on every path', async () => {
    const set = await t.app.inject({
      method: 'PATCH',
      url: '/api/lead-rules',
      payload: { visibility: mode },
      headers: { cookie: manager.cookie },
    });
    expect(set.statusCode, set.body).toBe(200);
    const filters: [string, (r: Row) => boolean][] = [
      ['', () => true],
      ['tag=hot', (r) => r.hot],
      ['state=TX', (r) => r.state === 'TX'],
      ['state=OK', (r) => r.state === 'OK'],
      [`owner=${sarah.id}`, (r) => r.owner === sarah.id],
      ['owner=none', (r) => r.owner === null],
    ];
    for (const [query, match] of filters) {
      const expected = rows.filter((r) => sees(mode, r) && match(r)).map((r) => r.id);
      for (const sort of ['name', 'state', 'created'])
        for (const limit of [1, 200]) {
          const ids = await allPages(alex.cookie, `${query}&sort=${sort}`, limit);
          expect([...ids].sort(), `${query} sort=${sort} limit=${limit}`).toEqual([...expected].sort());
        }
      expect((await get(alex.cookie, `/api/contacts?${query}&limit=1`)).total, query).toBe(expected.length);
      expect((await get(alex.cookie, `/api/contacts/count?${query}`)).total, query).toBe(expected.length);
    }
  });
});
