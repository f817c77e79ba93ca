import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { createContact } from './service';

let t: TestApp;
let manager: { id: string; cookie: string };
let rep: { id: string; cookie: string };
let other: { id: string; cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  [manager, rep, other] = [
    await t.userWithSession('manager'),
    await t.userWithSession('rep'),
    await t.userWithSession('rep'),
  ];
  await t.setTerritory(rep.id, ['TX']);
  const actor: Actor = { id: manager.id, name: 'M', role: 'manager', ip: null };
  const people = [
    ['Ann', 'TX', rep.id, '=HYPERLINK("http://evil")'],
    ['Bob', 'TX', null, 'Crane Co'],
    ['Cy', 'OK', other.id, 'Rig Co'],
    ['Di', 'TX', other.id, 'Haul Co'],
  ] as const;
  for (const [firstName, state, ownerId, companyName] of people) {
    await createContact(
      t.ctx,
      actor,
      { firstName, lastName: 'Test', state, ownerId, companyName },
      { allowDuplicate: true },
    );
  }
});
afterAll(() => t.close());

const req = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie } });

describe('export', () => {
  it('streams the filtered contacts a rep may see, with chosen columns, formulas defused', async () => {
    const res = await req(
      rep.cookie,
      'GET',
      '/api/contacts/export.csv?state=TX&columns=name,company,state,owner',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="lowboy-contacts-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = parse(res.body, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Name', 'Company', 'State', 'Owner']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Ann Test', 'Bob Test']);
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('gives a manager everything matching', async () => {
    const rows = parse((await req(manager.cookie, 'GET', '/api/contacts/export.csv')).body, {
      bom: true,
    }) as string[][];
    expect(rows).toHaveLength(5);
  });
});

describe('bulk tags', () => {
  it('tags every contact matching a filter that the rep may edit, and records it on each timeline', async () => {
    const res = await req(rep.cookie, 'POST', '/api/contacts/bulk/tags', {
      filter: { state: ['TX'] },
      allMatching: true,
      add: ['Q4 Push'],
    });
    expect(res.json()).toEqual({ updated: 1, skipped: 1 }); // Ann is hers; Bob is in the pool
    const tagged = (await req(manager.cookie, 'GET', '/api/contacts?tag=q4 push')).json();
    expect(tagged.items.map((c: { name: string }) => c.name)).toEqual(['Ann Test']);
    const timeline = (await req(rep.cookie, 'GET', `/api/contacts/${tagged.items[0].id}/timeline`)).json();
    expect(timeline.items[0].data.changes.tags).toEqual({ from: [], to: ['q4 push'] });
  });

  it('lets a manager tag chosen ids and remove tags', async () => {
    const all = (await req(manager.cookie, 'GET', '/api/contacts?state=OK')).json();
    const ids = all.items.map((c: { id: string }) => c.id);
    expect(
      (await req(manager.cookie, 'POST', '/api/contacts/bulk/tags', { ids, add: ['permits'] })).json()
        .updated,
    ).toBe(1);
    expect(
      (await req(manager.cookie, 'POST', '/api/contacts/bulk/tags', { ids, remove: ['permits'] })).json()
        .updated,
    ).toBe(1);
    expect((await req(manager.cookie, 'GET', '/api/contacts?tag=permits')).json().total).toBe(0);
  });
});

describe('saved views', () => {
  it('are personal, validated and editable', async () => {
    const created = await req(rep.cookie, 'POST', '/api/contacts/views', {
      name: 'Texas, never called',
      query: 'state=TX&status=not_called&sort=name',
      columns: ['name', 'company', 'phone'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await req(rep.cookie, 'GET', '/api/contacts/views')).json().views.map((v: { name: string }) => v.name),
    ).toEqual(['Texas, never called']);
    expect((await req(other.cookie, 'GET', '/api/contacts/views')).json().views).toEqual([]);
    expect((await req(other.cookie, 'DELETE', `/api/contacts/views/${id}`)).statusCode).toBe(404);

    const bad = await req(rep.cookie, 'POST', '/api/contacts/views', { name: 'Bad', query: 'status=maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query.status.0');

    const renamed = await req(rep.cookie, 'PATCH', `/api/contacts/views/${id}`, { name: 'TX fresh' });
    expect(renamed.json()).toMatchObject({ name: 'TX fresh', query: 'state=TX&status=not_called&sort=name' });
    expect((await req(rep.cookie, 'DELETE', `/api/contacts/views/${id}`)).statusCode).toBe(204);
  });
});
