import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, queueCsvImport } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { makeUser } from '../../seed/factories';
import { drainImports } from './run-import';
import { getImport } from './service';

// Decision 027: a large file's rows are read and normalized on a worker thread. What a person sees — the
// report, its rejected and skipped lines with their raw values, the contacts — must be what the inline reader
// gives. "Large" is lowered to 1 row here.
const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
afterAll(() => rmSync(importsDir, { recursive: true, force: true }));

const rows = Array.from({ length: 23 }, (_, i) => {
  const n = i + 1;
  if (n === 5) return 'Bad,Email,Kilo Haul,not-an-email,214-555-0105,TX';
  if (n === 9) return `"Multi\nLine",Person,"Kilo, Haul",ml@kilo.example,214-555-0109,Texas`;
  const phone = `214-555-${String(100 + (n % 6 === 0 ? n - 1 : n)).padStart(4, '0')}`;
  return `Row${n},Person,Kilo Haul,row${n}@kilo.example,${phone},tx`;
});
const csv = `First Name,Last Name,Company,Email,Phone,State\n${rows.join('\n')}\n`;

let t: TestApp;
let manager: Actor;
beforeEach(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
});
afterEach(() => t.close());

async function importWith(text: string, prepareInWorkerFrom: number) {
  const { import: queued } = await queueCsvImport(t.ctx, manager, { text }, { dedupe: 'skip' });
  await drainImports(t.ctx, { batchSize: 4, prepareInWorkerFrom });
  const i = await getImport(t.ctx, manager, queued.id);
  const contacts = await t.ctx.db
    .selectFrom('contacts')
    .select(['full_name', 'email', 'phone_e164', 'state'])
    .where('id', '>=', queued.id)
    .orderBy('id')
    .execute();
  // The downloadable report's raw values of each listed line.
  const raw = await t.ctx.db
    .selectFrom('import_issues')
    .select(['line', 'outcome', 'reason', 'raw'])
    .where('import_id', '=', queued.id)
    .orderBy('line')
    .execute();
  return { status: i.status, counts: i.counts, raw, contacts };
}

describe('rows prepared on a worker thread', () => {
  it('give the same report and contacts as the inline reader', async () => {
    const inline = await importWith(csv, Number.POSITIVE_INFINITY);
    await t.ctx.db.deleteFrom('contacts').execute();
    const worker = await importWith(csv, 1);
    expect(worker).toEqual(inline);
    expect(worker.counts).toEqual({ created: 20, updated: 0, skipped: 2, rejected: 1, warnings: 0 });
    expect(worker.raw[0]).toMatchObject({
      line: 6,
      outcome: 'rejected',
      raw: JSON.stringify(rows[4]!.split(',')),
    });
    expect(worker.contacts.find((c) => c.full_name === 'Multi\nLine Person')).toMatchObject({ state: 'TX' });
  });
});
