import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from './service';

let t: TestApp;
let manager: { id: string; cookie: string };
let rep: { id: string; cookie: string };
const states = ['TX', 'OK', 'LA', null];
const companies = ['Lone Star Excavation', 'Bayou Cranes', 'Red River Rigging', null];

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.userWithSession('manager');
  rep = await t.userWithSession('rep');
  await t.setTerritory(rep.id, ['TX', 'OK']);
  const actor: Actor = { id: manager.id, name: 'M', role: 'manager', ip: null };
  for (let i = 0; i < 45; i++) {
    await createContact(
      t.ctx,
      actor,
      {
        firstName: `Person${String(i).padStart(2, '0')}`,
        lastName: ['Adams', 'Baker', 'Clark'][i % 3],
        companyName: companies[i % 4],
        state: states[i % 4],
        email: i % 5 === 0 ? null : `p${i}@example.test`,
        phone: `+1 405 555 ${String(2000 + i)}`,
        tags: i % 6 === 0 ? ['trade-show'] : [],
        source: i % 2 ? 'purchased list' : 'referral',
        ownerId: i % 3 === 0 ? rep.id : null,
      },
      { allowDuplicate: true },
    );
  }
});
afterAll(() => t.close());

type Row = {
  id: string;
  name: string;
  company: { name: string } | null;
  state: string | null;
  email: string | null;
  owner: { id: string } | null;
};
const list = async (cookie: string, qs: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/contacts?${qs}`, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as { items: Row[]; nextCursor: string | null; total: number };
};

async function walk(cookie: string, qs: string, limit: number): Promise<Row[]> {
  const all: Row[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(cookie, `${qs}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('contact list', () => {
  it('filters by state, owner, email, tag and source, with the matching total', async () => {
    expect((await list(manager.cookie, 'state=TX')).total).toBe(12);
    expect((await list(manager.cookie, 'state=TX,OK')).total).toBe(23);
    expect((await list(manager.cookie, 'owner=none')).total).toBe(30);
    expect((await list(manager.cookie, `owner=${rep.id}`)).total).toBe(15);
    expect((await list(manager.cookie, 'hasEmail=false')).total).toBe(9);
    expect((await list(manager.cookie, 'tag=Trade-Show')).total).toBe(8);
    expect((await list(manager.cookie, 'source=referral&state=TX')).total).toBe(12);
  });

  it('pages through every row exactly once in each sort, NULLs last', async () => {
    for (const sort of ['name', 'company', 'state', 'created']) {
      for (const dir of ['asc', 'desc']) {
        const rows = await walk(manager.cookie, `sort=${sort}&dir=${dir}`, 7);
        expect(new Set(rows.map((r) => r.id)).size, `${sort} ${dir}`).toBe(45);
        if (sort === 'company') {
          const names = rows.map((r) => r.company?.name ?? null);
          const firstNull = names.indexOf(null);
          expect(names.slice(firstNull).every((n) => n === null)).toBe(true);
          const present = names.slice(0, firstNull) as string[];
          const sorted = [...present].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
          expect(present).toEqual(dir === 'asc' ? sorted : sorted.reverse());
        }
      }
    }
  });

  it('shows a rep only their own leads and the pool of their states', async () => {
    const rows = await walk(rep.cookie, 'sort=name', 50);
    // 15 owned (i ≡ 0 mod 3) + pool leads (i ≢ 0 mod 3) in TX (i ≡ 0 mod 4) or OK (i ≡ 1 mod 4)
    expect(rows).toHaveLength(15 + 16);
    expect(
      rows.every((r) => r.owner?.id === rep.id || (r.owner === null && ['TX', 'OK'].includes(r.state!))),
    ).toBe(true);
    const theirs = await list(rep.cookie, 'owner=me');
    expect(theirs.total).toBe(15);
  });

  it('searches by name prefix, company, phone digits and email', async () => {
    expect((await list(manager.cookie, 'q=person0')).total).toBe(10);
    expect((await list(manager.cookie, 'q=bayou')).total).toBe(11);
    expect((await list(manager.cookie, 'q=bayou adams')).total).toBe(3); // i ≡ 9 (mod 12)
    const byDigits = await list(manager.cookie, 'q=555-2007');
    expect(byDigits.items.map((r) => r.name)).toEqual(['Person07 Baker']);
    expect((await list(manager.cookie, 'q=(405) 555 2012')).items[0]?.name).toBe('Person12 Adams');
    expect((await list(manager.cookie, 'q=p13@example')).items[0]?.name).toBe('Person13 Baker');
  });

  it('rejects a tampered cursor with a clear 400', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/contacts?cursor=nonsense',
      headers: { cookie: manager.cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_cursor');
  });
});

describe('search box', () => {
  it('finds contacts and companies as you type', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/search?q=red riv',
      headers: { cookie: manager.cookie },
    });
    const body = res.json();
    expect(body.companies.map((c: { name: string }) => c.name)).toEqual(['Red River Rigging']);
    expect(body.contacts.length).toBeGreaterThan(0);
    expect(body.contacts.every((c: { company: string }) => c.company === 'Red River Rigging')).toBe(true);
  });
});
