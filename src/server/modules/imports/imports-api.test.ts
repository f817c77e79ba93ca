import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, legacySamples, multipart } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { demoPeople, makeUser } from '../../seed/factories';
import { drainImports } from './run-import';

const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
let t: TestApp;
let manager: { id: string; cookie: string };
let admin: { id: string; cookie: string };
let rep: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  [manager, admin, rep] = [
    await t.userWithSession('manager'),
    await t.userWithSession('admin'),
    await t.userWithSession('rep'),
  ];
});
afterAll(async () => {
  await t.close();
  rmSync(importsDir, { recursive: true, force: true });
});

type Req = {
  method: 'GET' | 'POST';
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
};
const as = (cookie: string | null, r: Req) =>
  t.app.inject({
    method: r.method,
    url: r.url,
    payload: r.payload as Buffer,
    headers: { ...r.headers, ...(cookie ? { cookie } : {}) },
  });
const hubspot = readFileSync(fixture('hubspot-contacts.csv'));
const uploadCsv = (cookie: string, content: string | Buffer, fields: Record<string, string> = {}) => {
  const body = multipart([{ field: 'file', name: 'hubspot-contacts.csv', content }], fields);
  return as(cookie, { method: 'POST', url: '/api/imports', payload: body.payload, headers: body.headers });
};
const legacyForm = (fields: Record<string, string> = {}) =>
  multipart(
    [
      {
        field: 'contacts',
        name: 'contacts.json',
        content: readFileSync(join(legacySamples, 'contacts.json')),
      },
      {
        field: 'assignments',
        name: 'lead_assignments.json',
        content: readFileSync(join(legacySamples, 'lead_assignments.json')),
      },
      {
        field: 'activities',
        name: 'crm_activities.json',
        content: readFileSync(join(legacySamples, 'crm_activities.json')),
      },
    ],
    fields,
  );

describe('who may import', () => {
  it('gives 401 without a session and 403 to reps on every endpoint, storing nothing', async () => {
    const draft = (await uploadCsv(manager.cookie, hubspot)).json().import.id as string;
    const csv = multipart([{ field: 'file', name: 'a.csv', content: hubspot }]);
    const legacy = legacyForm();
    const endpoints: Req[] = [
      { method: 'POST', url: '/api/imports', payload: csv.payload, headers: csv.headers },
      { method: 'GET', url: '/api/imports' },
      { method: 'GET', url: `/api/imports/${draft}` },
      { method: 'POST', url: `/api/imports/${draft}/preview`, payload: { mapping: [] } },
      { method: 'POST', url: `/api/imports/${draft}/start`, payload: {} },
      { method: 'POST', url: `/api/imports/${draft}/cancel` },
      { method: 'GET', url: `/api/imports/${draft}/report.csv` },
      { method: 'GET', url: '/api/imports/legacy/reps' },
      { method: 'POST', url: '/api/imports/legacy', payload: legacy.payload, headers: legacy.headers },
    ];
    const folders = readdirSync(importsDir).length;
    for (const e of endpoints) {
      expect((await as(null, e)).statusCode, `${e.method} ${e.url} anonymous`).toBe(401);
      const res = await as(rep.cookie, e);
      expect(res.statusCode, `${e.method} ${e.url} as rep`).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect(readdirSync(importsDir)).toHaveLength(folders);
    expect((await as(manager.cookie, { method: 'GET', url: `/api/imports/${draft}` })).json().status).toBe(
      'draft',
    );
  });
});

describe('uploading a CSV, mapping it and importing it', () => {
  it('suggests a mapping and previews the rows as they will be stored', async () => {
    const res = await uploadCsv(manager.cookie, hubspot);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.import).toMatchObject({ status: 'draft', fileName: 'hubspot-contacts.csv', totalRows: 9 });
    expect(body.import.format).toEqual({ encoding: 'utf-8', delimiter: ',' });
    expect(
      Object.fromEntries(body.import.headers.map((h: string, i: number) => [h, body.suggestedMapping[i]])),
    ).toEqual({
      'Record ID': null,
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'mobile',
      'Company Name': 'companyName',
      'Job Title': 'title',
      City: 'city',
      'State/Region': 'state',
      'Postal Code': 'zip',
      'Lead Status': null,
      'Contact owner': null,
      'Original Source': 'source',
    });
    expect(body.preview[0]).toEqual({
      line: 2,
      contact: {
        name: 'Dana Okafor',
        firstName: 'Dana',
        lastName: 'Okafor',
        company: 'Big Rig Cranes',
        title: 'Fleet Manager',
        email: 'dokafor@bigrigcranes.example',
        phone: '+17135550142',
        mobile: null,
        city: 'Houston',
        state: 'TX',
        zip: '77002',
        timeZone: 'America/Chicago',
        source: 'Offline Sources',
        tags: [],
      },
      problems: [],
    });
    expect(body.preview[2]).toMatchObject({
      line: 4,
      problems: [{ field: 'email', message: 'Email: "dan@@whitaker.example" is not an email address.' }],
    });

    // The mapping screen ignores the Email column: the preview follows.
    const mapping = body.suggestedMapping.map((f: string | null) => (f === 'email' ? null : f));
    const again = await as(manager.cookie, {
      method: 'POST',
      url: `/api/imports/${body.import.id}/preview`,
      payload: { mapping },
    });
    expect(again.json().preview[0].contact.email).toBeNull();
    expect(again.json().preview[2].problems).toEqual([]);
  });

  it('runs a dry run, then the real import from the same upload, with a downloadable report', async () => {
    const id = (await uploadCsv(manager.cookie, hubspot)).json().import.id as string;
    const dry = await as(manager.cookie, {
      method: 'POST',
      url: `/api/imports/${id}/start`,
      payload: { dryRun: true },
    });
    expect(dry.statusCode).toBe(202);
    expect(dry.json()).toMatchObject({ status: 'queued', dryRun: true, dedupe: 'skip' });
    await drainImports(t.ctx);
    const dryDone = (await as(manager.cookie, { method: 'GET', url: `/api/imports/${id}` })).json();
    expect(dryDone).toMatchObject({
      status: 'done',
      dryRun: true,
      progress: 1,
      counts: { created: 4, rejected: 4 },
    });

    const real = await as(admin.cookie, {
      method: 'POST',
      url: `/api/imports/${id}/start`,
      payload: { dedupe: 'fill' },
    });
    expect(real.json()).toMatchObject({
      status: 'queued',
      dryRun: false,
      dedupe: 'fill',
      processedRows: 0,
      issues: [],
    });
    await drainImports(t.ctx);
    const done = (await as(manager.cookie, { method: 'GET', url: `/api/imports/${id}` })).json();
    expect(done).toMatchObject({
      status: 'done',
      counts: { created: 4, updated: 0, skipped: 1, rejected: 4 },
    });
    expect(existsSync(join(importsDir, id))).toBe(false);

    const report = await as(manager.cookie, { method: 'GET', url: `/api/imports/${id}/report.csv` });
    expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(report.headers['content-disposition']).toBe('attachment; filename="hubspot-contacts-report.csv"');
    const lines = report.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^line,outcome,reason,Record ID,First Name,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '4,rejected',
      '6,rejected',
      '7,rejected',
      '8,rejected',
      '9,skipped',
    ]);

    const twice = await as(manager.cookie, { method: 'POST', url: `/api/imports/${id}/start`, payload: {} });
    expect(twice.statusCode).toBe(409);
    const list = (await as(manager.cookie, { method: 'GET', url: '/api/imports' })).json().imports;
    expect(list.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('queues at once with start=true and a mapping sent along', async () => {
    const mapping = JSON.stringify(['firstName', 'phone']);
    const res = await uploadCsv(manager.cookie, 'Name,Tel\nZoe,972-555-0199\n', {
      start: 'true',
      mapping,
      dedupe: 'create',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().import).toMatchObject({
      status: 'queued',
      dedupe: 'create',
      mapping: ['firstName', 'phone'],
    });
  });

  it('refuses unreadable files (422, with the line) and mappings that do not fit (400)', async () => {
    const before = readdirSync(importsDir).length;
    const broken = await uploadCsv(manager.cookie, 'Name,Notes\nAnn,"fine"\nBo,"never closed\nCy,x\n');
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error).toEqual({
      code: 'unreadable_file',
      message: 'The quoted value that starts on line 3 is never closed.',
      details: { line: 3 },
    });
    const badMapping = await uploadCsv(manager.cookie, 'Name,Tel\nZoe,1\n', { mapping: '["firstName"]' });
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().error.code).toBe('mapping_mismatch');
    const notJson = await uploadCsv(manager.cookie, 'Name,Tel\nZoe,1\n', { mapping: '[firstName' });
    expect(notJson.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'body.mapping: Send JSON.',
    });
    const twoPhones = await uploadCsv(manager.cookie, 'A,B\n1,2\n', { mapping: '["phone","phone"]' });
    expect(twoPhones.json().error.message).toBe('body.mapping.1: Two columns are mapped to Phone.');
    expect(readdirSync(importsDir)).toHaveLength(before);
  });

  it('cancels a draft once', async () => {
    const id = (await uploadCsv(manager.cookie, hubspot)).json().import.id as string;
    const res = await as(manager.cookie, { method: 'POST', url: `/api/imports/${id}/cancel` });
    expect(res.json()).toMatchObject({ status: 'cancelled' });
    expect((await as(manager.cookie, { method: 'POST', url: `/api/imports/${id}/cancel` })).statusCode).toBe(
      409,
    );
  });
});

describe('the legacy import over HTTP', () => {
  it('maps rep1…rep5 to the reps by first name, accepts an override and runs as a job', async () => {
    const reps: Record<string, string> = {};
    for (const p of demoPeople.filter((d) => d.role === 'rep')) {
      reps[p.email.split('@')[0]!] = (await makeUser(t.ctx, { ...p, role: 'rep' })).id;
    }
    const defaults = (await as(manager.cookie, { method: 'GET', url: '/api/imports/legacy/reps' })).json();
    expect(
      defaults.reps.map((r: { rep: string; user: { name: string } }) => `${r.rep}=${r.user.name}`),
    ).toEqual([
      'rep1=Alex Carter',
      'rep2=Sarah Mitchell',
      'rep3=Mike Rodriguez',
      'rep4=Jessica Chen',
      'rep5=David Thompson',
    ]);
    const form = legacyForm({ reps: JSON.stringify({ rep1: reps.sarah }) });
    const res = await as(manager.cookie, {
      method: 'POST',
      url: '/api/imports/legacy',
      payload: form.payload,
      headers: form.headers,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'legacy', status: 'queued', totalRows: 20 });
    await drainImports(t.ctx);
    const done = (await as(manager.cookie, { method: 'GET', url: `/api/imports/${res.json().id}` })).json();
    expect(done).toMatchObject({ status: 'done', counts: { created: 20 } });
    const james = await t.ctx.db
      .selectFrom('contacts')
      .select('owner_id')
      .where('legacy_id', '=', '101')
      .executeTakeFirstOrThrow();
    expect(james.owner_id).toBe(reps.sarah);

    const unknown = legacyForm({ reps: JSON.stringify({ rep1: 'no-such-user' }) });
    const bad = await as(manager.cookie, {
      method: 'POST',
      url: '/api/imports/legacy',
      payload: unknown.payload,
      headers: unknown.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('unknown_user');
  });

  it('documents the import endpoints in OpenAPI, uploads as multipart', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/imports',
        '/api/imports/{id}',
        '/api/imports/{id}/start',
        '/api/imports/legacy',
      ]),
    );
    expect(Object.keys(doc.paths['/api/imports'].post.requestBody.content)).toEqual(['multipart/form-data']);
  });
});
