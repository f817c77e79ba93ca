import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, fixture, queueCsvImport } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { makeUser } from '../../seed/factories';
import { importReport } from './report';
import { drainImports } from './run-import';
import { getImport } from './service';

const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
let t: TestApp;
let manager: Actor;
beforeAll(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
});
afterAll(async () => {
  await t.close();
  rmSync(importsDir, { recursive: true, force: true });
});

async function runImport(file: string, launch: Parameters<typeof queueCsvImport>[3] = {}) {
  const { import: queued } = await queueCsvImport(t.ctx, manager, { path: fixture(file) }, launch);
  await drainImports(t.ctx);
  return getImport(t.ctx, manager, queued.id);
}
const contactByEmail = (email: string) =>
  t.ctx.db
    .selectFrom('contacts')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .selectAll('contacts')
    .select('companies.name as company_name')
    .where('contacts.email', '=', email)
    .executeTakeFirst();
async function reportText(id: string) {
  let text = '';
  for await (const chunk of (await importReport(t.ctx, manager, id)).lines) text += chunk;
  return text;
}

describe('importing a HubSpot export (UTF-8 with BOM, CRLF)', () => {
  it('creates normalized contacts, skips the in-file duplicate and rejects bad rows by line', async () => {
    const result = await runImport('hubspot-contacts.csv');
    expect(result).toMatchObject({ status: 'done', totalRows: 9, processedRows: 9, progress: 1 });
    expect(result.counts).toEqual({ created: 4, updated: 0, skipped: 1, rejected: 4, warnings: 0 });
    expect(result.issues.map((i) => [i.line, i.outcome, i.reason])).toEqual([
      [4, 'rejected', 'Email: "dan@@whitaker.example" is not an email address.'],
      [6, 'rejected', 'No name and no company.'],
      [7, 'rejected', 'State: "Ontario" is not a US state. ZIP: "M5V 2T6" is not a ZIP code.'],
      [8, 'rejected', 'No name and no company.'],
      [9, 'skipped', 'Duplicate of line 2 (same phone).'],
    ]);
    expect(await contactByEmail('dokafor@bigrigcranes.example')).toMatchObject({
      full_name: 'Dana Okafor',
      phone_e164: '+17135550142',
      state: 'TX',
      zip: '77002',
      time_zone: 'America/Chicago',
      title: 'Fleet Manager',
      source: 'Offline Sources',
      company_name: 'Big Rig Cranes',
      status: 'not_called',
      owner_id: null,
    });
    expect(await contactByEmail('jose.ramirez@ramirezearth.example')).toMatchObject({
      first_name: 'José',
      last_name: 'Ramírez',
      mobile_e164: '+12815550123',
      company_name: 'Ramírez Earthmoving, LLC',
    });
    expect(await contactByEmail('mkelly@bayharbor.example')).toMatchObject({
      zip: '02108',
      state: 'MA',
      time_zone: 'America/New_York',
    });
  });

  it('writes each created contact its timeline event, search terms and one audit entry for the run', async () => {
    const c = (await contactByEmail('priya.shah@northlandwind.example'))!;
    const events = await t.ctx.db
      .selectFrom('timeline_events')
      .selectAll()
      .where('contact_id', '=', c.id)
      .execute();
    expect(events.map((e) => [e.kind, JSON.parse(e.data!).line])).toEqual([['contact.imported', 5]]);
    const terms = await t.ctx.db
      .selectFrom('search_terms')
      .select('term')
      .where('entity_id', '=', c.id)
      .execute();
    expect(terms.map((x) => x.term)).toEqual(
      expect.arrayContaining(['priya', 'shah', 'northland', '2185550161']),
    );
    const importId = JSON.parse(events[0]!.data!).importId;
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', importId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'import.completed', actor_id: manager.id });
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ created: 4, skipped: 1, rejected: 4 });
  });
});

describe('importing a Salesforce report (Windows-1252, multi-line notes)', () => {
  it('decodes accents and smart quotes, keeps multi-line notes and counts lines across them', async () => {
    const result = await runImport('salesforce-leads.csv');
    expect(result.format).toEqual({ encoding: 'windows-1252', delimiter: ',' });
    expect(result.counts).toMatchObject({ created: 3, rejected: 1 });
    expect(result.issues).toEqual([
      { line: 5, ref: null, outcome: 'rejected', reason: 'Phone: "12345" is not a valid phone number.' },
    ]);
    expect(await contactByEmail('kmuller@gulfcoasttransformer.example')).toMatchObject({
      last_name: 'Müller',
      notes: 'Moves 200-ton transformers; wants “turnkey” permits',
      company_name: 'Gulf Coast Transformer Services',
      source: 'Trade Show',
    });
    expect(await contactByEmail('lpena@permiancrane.example')).toMatchObject({
      last_name: 'Peña',
      mobile_e164: '+14325550178',
      notes: 'Needs a 13-axle trailer.\r\nCall before 9 a.m. – he’s on site after',
      state: 'TX',
    });
    expect(await contactByEmail('renee@cotepaving.example')).toMatchObject({
      first_name: 'Renée',
      state: 'CO',
    });
  });
});

describe('importing a Pipedrive export (semicolons)', () => {
  it('splits "Person - Name", takes the organization as company and labels as tags', async () => {
    const result = await runImport('pipedrive-people.csv');
    expect(result.format).toEqual({ encoding: 'utf-8', delimiter: ';' });
    expect(result.counts).toMatchObject({ created: 3, rejected: 0 });
    const hank = (await contactByEmail('hank@prairiewind.example'))!;
    expect(hank).toMatchObject({
      first_name: 'Hank',
      last_name: 'Jorgensen',
      company_name: 'Prairie Wind Logistics',
      phone_e164: '+17015550120',
      mobile_e164: '+17015550121',
      tags: JSON.stringify(['hot lead', 'oversize']),
    });
    const tags = await t.ctx.db
      .selectFrom('contact_tags')
      .select('tag')
      .where('contact_id', '=', hank.id)
      .execute();
    expect(tags.map((x) => x.tag).sort()).toEqual(['hot lead', 'oversize']);
    expect(await contactByEmail('ana@lopezsteel.example')).toMatchObject({
      first_name: 'Ana María',
      last_name: 'López',
    });
    expect(await contactByEmail('bill@carterdrilling.example')).toMatchObject({ first_name: 'Bill "Tex"' });
  });
});

describe('the report', () => {
  it('lists rejected and skipped rows with line, reason and the original columns', async () => {
    const { import: queued } = await queueCsvImport(t.ctx, manager, {
      text: 'Name,Company,Phone\r\nAnn Lee,"Lee Crane, Inc",713-555-0170\r\n,,\r\nBo,,not a phone\r\nAnn Lee,"Lee Crane, Inc",(713) 555-0170\r\n',
    });
    await drainImports(t.ctx);
    expect(await reportText(queued.id)).toBe(
      '\uFEFFline,outcome,reason,Name,Company,Phone\n' +
        '4,rejected,"Phone: ""not a phone"" is not a valid phone number.",Bo,,not a phone\n' +
        '5,skipped,Duplicate of line 2 (same phone).,Ann Lee,"Lee Crane, Inc",(713) 555-0170\n',
    );
  });
});

describe('a dry run', () => {
  it('reports exactly what the real run then does, and writes no contact', async () => {
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('contacts')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await queueCsvImport(t.ctx, manager, { text: 'First Name,Last Name,Phone\nVic,Stone,214-555-0103\n' });
    await drainImports(t.ctx);
    const before = await count();
    const companies = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('companies')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const companiesBefore = await companies();
    const text =
      'First Name,Last Name,Company,Email,Phone\n' +
      'Zed,Ames,Ames Towing,zed@amestowing.example,214-555-0101\n' +
      'Zed,Ames,Ames Towing,,\n' +
      'Yul,Brynn,,yul@brynn.example,\n' +
      'Yul,Brynn,,YUL@brynn.example,214-555-0102\n' +
      'Vic,Stone,,vic@stone.example,(214) 555-0103\n' +
      'Bad,Row,,bad@,\n';
    const { import: dry } = await queueCsvImport(t.ctx, manager, { text }, { dedupe: 'fill', dryRun: true });
    await drainImports(t.ctx);
    const dryResult = await getImport(t.ctx, manager, dry.id);
    expect(await count()).toBe(before);
    expect(await companies()).toBe(companiesBefore);
    expect(dryResult.counts).toEqual({ created: 2, updated: 2, skipped: 1, rejected: 1, warnings: 0 });

    const { import: real } = await queueCsvImport(t.ctx, manager, { text }, { dedupe: 'fill' });
    await drainImports(t.ctx);
    const realResult = await getImport(t.ctx, manager, real.id);
    expect(realResult.counts).toEqual(dryResult.counts);
    expect(realResult.issues).toEqual(dryResult.issues);
    expect(await count()).toBe(before + 2);
    expect(await contactByEmail('vic@stone.example')).toMatchObject({ full_name: 'Vic Stone', version: 2 });
    expect(realResult.issues.map((i) => [i.line, i.reason])).toEqual([
      [3, 'Duplicate of line 2 (same name and company); it has nothing the contact is missing.'],
      [7, 'Email: "bad@" is not an email address.'],
    ]);
  });
});
