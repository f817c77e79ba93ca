import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { drainImports } from './run-import';

// Issue 15, defect 7: the import report CSV gave back `=HYPERLINK(…)`, `+SUM(1)` and `@x` raw — a spreadsheet runs
// them. Every CSV the app writes defuses a leading = + - @ tab or CR the same way (server/csv.ts): a leading '.

const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
let t: TestApp;
let manager: { id: string; cookie: string };
beforeAll(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  manager = await t.userWithSession('manager');
});
afterAll(async () => {
  await t.close();
  rmSync(importsDir, { recursive: true, force: true });
});

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } });
const cells = (body: string) => parse(body, { bom: true }) as string[][];

describe('formulas in written CSVs', () => {
  it('the import report defuses them in every rejected row', async () => {
    const hostile = [
      'First Name,Last Name,Email,Phone Number',
      '"=HYPERLINK(""http://evil.example"",""x"")",+SUM(1),@x,-1+2',
      '=1+1,\tTab,not-an-email,',
    ].join('\n');
    const body = multipart([{ field: 'file', name: 'hostile.csv', content: hostile }]);
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      payload: body.payload,
      headers: { ...body.headers, cookie: manager.cookie },
    });
    const id = upload.json().import.id as string;
    const start = await t.app.inject({
      method: 'POST',
      url: `/api/imports/${id}/start`,
      payload: { dryRun: true },
      headers: { cookie: manager.cookie },
    });
    expect(start.statusCode).toBe(202);
    await drainImports(t.ctx);

    const report = cells((await get(`/api/imports/${id}/report.csv`)).body);
    const values = report.slice(1).flatMap((r) => r.slice(3));
    expect(values).toEqual(
      expect.arrayContaining([`'=HYPERLINK("http://evil.example","x")`, "'+SUM(1)", "'@x", "'=1+1"]),
    );
    for (const v of report.flat()) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('contact exports and report CSVs defuse them the same way', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      payload: { firstName: '=cmd|calc', lastName: '@SUM(1)', state: 'TX' },
      headers: { cookie: manager.cookie },
    });
    expect(created.statusCode).toBe(201);
    const exported = cells((await get('/api/contacts/export.csv?columns=name')).body);
    expect(exported.flat()).toContain("'=cmd|calc @SUM(1)");
  });
});
