import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainImports } from '../../src/server/modules/imports/run-import';
import { actorOf, queueCsvImport } from '../support/imports';
import { createTestApp, type TestApp } from '../support/test-app';

// Bad input the fuzz run of issue 15 turned into 500s (on PostgreSQL, most of them): each is a 4xx in the one
// error shape, on both databases.
const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-hostile-'));
let t: TestApp;
let rep: { id: string; cookie: string };
let manager: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  rep = await t.userWithSession('rep');
  manager = await t.userWithSession('manager');
});
afterAll(async () => {
  await t.close();
  rmSync(importsDir, { recursive: true, force: true });
});

const send = (
  who: { cookie: string },
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, payload, headers: { cookie: who.cookie } });

async function newContact(body: object = {}) {
  const res = await send(rep, 'POST', '/api/contacts', { firstName: 'Dana', lastName: 'Okafor', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('a NUL byte in any text', () => {
  const nulError = (path: string) => ({
    error: {
      code: 'validation_failed',
      message: `${path}: Text may not contain the NUL character (U+0000).`,
      details: [{ path, message: 'Text may not contain the NUL character (U+0000).' }],
    },
  });

  it('is a 400 naming the query parameter (export, list filters, search)', async () => {
    for (const [url, path] of [
      ['/api/contacts/export.csv?tag=%00', 'querystring.tag'],
      ['/api/contacts/export.csv?owner=%00', 'querystring.owner'],
      ['/api/contacts?q=acme%00', 'querystring.q'],
      ['/api/contacts?tag=a&tag=b%00', 'querystring.tag.1'],
      ['/api/search?q=%00', 'querystring.q'],
      ['/api/companies?cursor=%00', 'querystring.cursor'],
    ] as const) {
      const res = await send(rep, 'GET', url);
      expect([url, res.statusCode, res.json()]).toEqual([url, 400, nulError(path)]);
    }
  });

  it('is a 400 naming the body field or the path parameter', async () => {
    const create = await send(rep, 'POST', '/api/contacts', { firstName: 'Da\u0000na', tags: ['ok'] });
    expect(create.statusCode).toBe(400);
    expect(create.json()).toEqual(nulError('body.firstName'));
    const tag = await send(rep, 'POST', '/api/contacts', { firstName: 'Dana', tags: ['ok', 'x\u0000'] });
    expect(tag.json()).toEqual(nulError('body.tags.1'));
    const param = await send(rep, 'GET', '/api/contacts/abc%00def');
    expect(param.statusCode).toBe(400);
    expect(param.json()).toEqual(nulError('params.id'));
  });

  it('leaves text without one alone', async () => {
    const c = await newContact({ notes: 'Line one\nLine two \u2028 and a tab\t.' });
    expect(c.name).toBe('Dana Okafor');
  });
});

describe('a version beyond 32 bits', () => {
  it('is a 400 on a contact edit and a logged call', async () => {
    const c = await newContact();
    const patch = await send(rep, 'PATCH', `/api/contacts/${c.id}`, { title: 'CEO', version: 2 ** 40 });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.version' }],
    });
    const call = await send(rep, 'POST', `/api/contacts/${c.id}/calls`, {
      outcome: 'no_answer',
      durationSec: 5,
      contactVersion: 2 ** 33,
    });
    expect(call.statusCode).toBe(400);
    expect(call.json().error.details[0].path).toBe('body.contactVersion');
  });

  it('still answers a stale version in range with 409', async () => {
    const c = await newContact({ firstName: 'Stale' });
    const res = await send(rep, 'PATCH', `/api/contacts/${c.id}`, { title: 'CEO', version: 2_147_483_646 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
  });
});

describe('the companies list cursor', () => {
  it('is a 400 invalid_cursor when it is not one the list made', async () => {
    for (const cursor of ['garbage!', 'bnVsbA', Buffer.from('{"key":1}').toString('base64url')]) {
      const res = await send(rep, 'GET', `/api/companies?cursor=${cursor}`);
      expect([cursor, res.statusCode, res.json().error.code]).toEqual([cursor, 400, 'invalid_cursor']);
    }
  });

  it('still pages with the cursor it gave', async () => {
    for (const name of ['Alpha Haul', 'Beta Haul', 'Gamma Haul'])
      expect((await send(rep, 'POST', '/api/companies', { name })).statusCode).toBe(201);
    const first = (await send(rep, 'GET', '/api/companies?limit=1')).json();
    const second = await send(rep, 'GET', `/api/companies?limit=1&cursor=${first.nextCursor}`);
    expect(second.statusCode).toBe(200);
    expect(second.json().items[0].name).not.toBe(first.items[0].name);
  });
});

describe('company names in any script', () => {
  it('creates a company named without Latin letters, once', async () => {
    const res = await send(rep, 'POST', '/api/companies', { name: 'Газпром' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe('Газпром');
    const again = await send(rep, 'POST', '/api/companies', { name: ' газпром ' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('company_exists');
    const other = await send(rep, 'POST', '/api/companies', { name: '東京運輸' });
    expect(other.statusCode).toBe(201);
  });

  it('keeps the company a contact is created with', async () => {
    const c = await newContact({ companyName: 'Газпром Трейд' });
    expect(c.company).toMatchObject({ name: 'Газпром Трейд' });
    const same = await newContact({ firstName: 'Oleg', companyName: 'ГАЗПРОМ ТРЕЙД' });
    expect(same.company.id).toBe(c.company.id);
  });

  it('finds them by search', async () => {
    const res = await send(rep, 'GET', `/api/search?q=${encodeURIComponent('газпр')}`);
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain('Газпром');
  });

  it('refuses a name with no letter or digit in any script', async () => {
    const res = await send(rep, 'POST', '/api/companies', { name: '!!! —' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.name' }] });
  });

  it('keeps the companies of imported rows', async () => {
    const csv = 'First Name,Last Name,Company,Email\nIvan,Petrov,Северный Транспорт,ivan@north.example\n';
    await queueCsvImport(t.ctx, actorOf(manager), { text: csv });
    await drainImports(t.ctx);
    const row = await t.ctx.db
      .selectFrom('contacts')
      .leftJoin('companies', 'companies.id', 'contacts.company_id')
      .select(['companies.name as company'])
      .where('contacts.email', '=', 'ivan@north.example')
      .executeTakeFirstOrThrow();
    expect(row.company).toBe('Северный Транспорт');
  });
});

describe('an owner or rep id that is not a user', () => {
  it('is a 400 invalid_owner on a contact a manager creates', async () => {
    const res = await send(manager, 'POST', '/api/contacts', {
      firstName: 'Nobody',
      ownerId: 'no-such-user',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_owner');
  });

  it('is a 4xx with a code on deals, tasks and territories', async () => {
    const c = await newContact({ firstName: 'Deal' });
    const deal = await send(manager, 'POST', '/api/deals', {
      contactId: c.id,
      title: 'Cranes',
      valueCents: 100,
      ownerId: 'no-such-user',
    });
    expect([deal.statusCode, deal.json().error.code]).toEqual([400, 'invalid_owner']);
    const territory = await send(manager, 'PUT', '/api/territories/no-such-user', { states: ['TX'] });
    expect([territory.statusCode, territory.json().error.code]).toEqual([404, 'not_found']);
    const assign = await send(manager, 'POST', '/api/leads/assign', {
      contactIds: [c.id],
      repId: 'no-such-user',
    });
    expect(assign.statusCode).toBeGreaterThanOrEqual(400);
    expect(assign.statusCode).toBeLessThan(500);
  });

  it('filters to nothing where it is only a filter (call list, reports, email stats)', async () => {
    for (const url of [
      '/api/call-list?repId=no-such-user',
      '/api/reports/kpis?from=2026-01-01&to=2026-01-31&repId=no-such-user',
      '/api/email/stats?repId=no-such-user',
      '/api/contacts?owner=no-such-user',
    ]) {
      const res = await send(manager, 'GET', url);
      expect([url, res.statusCode]).toEqual([url, 200]);
    }
  });
});
