import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, queueCsvImport } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { DedupePolicy } from '../../../shared/imports';
import type { Actor } from '../../context';
import { makeUser } from '../../seed/factories';
import { drainImports } from './run-import';
import { getImport } from './service';

const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
afterAll(() => rmSync(importsDir, { recursive: true, force: true }));
let t: TestApp;
let manager: Actor;
beforeEach(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
  // Already in the database: Rita, with a phone but no email or title.
  await importText('First Name,Last Name,Company,Phone\nRita,Moreno,Moreno Rigging,972-555-0140\n', 'skip');
});
afterEach(() => t.close());

const header = 'First Name,Last Name,Company,Email,Title,Phone,Mobile,City\n';
const file =
  header +
  'Rita,Moreno,Moreno Rigging,rita@moreno.example,Owner,(972) 555-0140,,\n' + // line 2: Rita (db) by phone
  'Sam,Ortiz,Ortiz Hauling,sam@ortiz.example,,,,\n' + //                     line 3: new
  'Sam,Ortiz,ORTIZ  hauling,,,,,Dallas\n' + //                              line 4: line 3 by name + company
  'S.,Ortiz,,SAM@Ortiz.example,,,972-555-0150,\n' + //                      line 5: line 3 by email
  'Rita,Moreno,,,,,+1 972 555 0140,\n'; //                                   line 6: Rita by phone (in the mobile column)

async function importText(text: string, dedupe: DedupePolicy, batchSize?: number) {
  const { import: queued } = await queueCsvImport(t.ctx, manager, { text }, { dedupe });
  await drainImports(t.ctx, { batchSize });
  return getImport(t.ctx, manager, queued.id);
}
const contactsNamed = (last: string) =>
  t.ctx.db.selectFrom('contacts').selectAll().where('last_name', '=', last).orderBy('created_at').execute();

describe('duplicate policies', () => {
  it('skip: leaves duplicates out, whether they match the database or an earlier row', async () => {
    const result = await importText(file, 'skip');
    expect(result.counts).toEqual({ created: 1, updated: 0, skipped: 4, rejected: 0, warnings: 0 });
    expect(result.issues.map((i) => [i.line, i.reason])).toEqual([
      [2, 'Duplicate of existing contact Rita Moreno (Moreno Rigging) (same phone).'],
      [4, 'Duplicate of line 3 (same name and company).'],
      [5, 'Duplicate of line 3 (same email).'],
      [6, 'Duplicate of existing contact Rita Moreno (Moreno Rigging) (same phone).'],
    ]);
    const [rita] = await contactsNamed('Moreno');
    expect(rita).toMatchObject({ email: null, title: null, version: 1 });
    expect(await contactsNamed('Ortiz')).toHaveLength(1);
  });

  it.each([1000, 2])(
    'fill: completes empty fields and never overwrites (batches of %i)',
    async (batchSize) => {
      const result = await importText(file, 'fill', batchSize);
      expect(result.counts).toEqual({ created: 1, updated: 3, skipped: 1, rejected: 0, warnings: 0 });
      expect(result.issues.map((i) => [i.line, i.reason])).toEqual([
        [
          6,
          'Duplicate of existing contact Rita Moreno (Moreno Rigging) (same phone); it has nothing the contact is missing.',
        ],
      ]);
      const ritas = await contactsNamed('Moreno');
      expect(ritas).toHaveLength(1);
      expect(ritas[0]).toMatchObject({
        email: 'rita@moreno.example',
        title: 'Owner',
        phone: '972-555-0140',
        version: 2,
      });
      const [sam, ...others] = await contactsNamed('Ortiz');
      expect(others).toHaveLength(0);
      expect(sam).toMatchObject({
        first_name: 'Sam',
        email: 'sam@ortiz.example',
        city: 'Dallas',
        mobile_e164: '+19725550150',
      });
      const events = await t.ctx.db
        .selectFrom('timeline_events')
        .selectAll()
        .where('contact_id', '=', ritas[0]!.id)
        .where('kind', '=', 'contact.updated')
        .execute();
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0]!.data!)).toMatchObject({
        importId: result.id,
        changes: { email: { from: null, to: 'rita@moreno.example' }, title: { from: null, to: 'Owner' } },
      });
    },
  );

  it('create: creates every row, duplicates included', async () => {
    const result = await importText(file, 'create');
    expect(result.counts).toEqual({ created: 5, updated: 0, skipped: 0, rejected: 0, warnings: 0 });
    expect(await contactsNamed('Moreno')).toHaveLength(3);
    expect(await contactsNamed('Ortiz')).toHaveLength(3);
  });

  it('ignores deleted contacts when matching', async () => {
    await t.ctx.db.updateTable('contacts').set({ deleted_at: new Date().toISOString() }).execute();
    const result = await importText(`${header}Rita,Moreno,Moreno Rigging,,,972-555-0140,,\n`, 'skip');
    expect(result.counts).toMatchObject({ created: 1, skipped: 0 });
  });
});
