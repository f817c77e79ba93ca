import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, crashImportAtBatch, queueCsvImport } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { databaseName } from '../../../db/capabilities';
import type { Actor } from '../../context';
import { makeUser } from '../../seed/factories';
import { search, updateContact } from '../contacts';
import { mergePendingSearchTerms } from '../search';
import { drainImports, runNextImport, STALE_AFTER_MS } from './run-import';
import { cancelImport } from './service';

// Decision 023: on SQLite an import's search terms wait in search_terms_pending and are moved into search_terms
// in key order. What a person notices must not change: an imported contact is found as soon as its batch is in,
// an edit replaces what finds it, and nothing is left behind however the import ends.
const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
afterAll(() => rmSync(importsDir, { recursive: true, force: true }));

const rows = Array.from(
  { length: 12 },
  (_, i) =>
    `Quill${i},Marsh${i},Ferro Kilo${i},q${i}@ferro.example,713-555-${String(200 + i).padStart(4, '0')}`,
);
const csv = `First Name,Last Name,Company,Email,Phone\n${rows.join('\n')}\n`;
const BATCH = 4;

let t: TestApp;
let manager: Actor;
beforeEach(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
});
afterEach(() => t.close());

const found = async (q: string) => (await search(t.ctx, manager, q)).contacts.map((c) => c.name).sort();
const pendingCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('search_terms_pending')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function crashAtBatch(n: number) {
  expect(await crashImportAtBatch(t.ctx, n, { batchSize: BATCH })).toEqual(new Error('power cut'));
}

describe('search terms of imported contacts', () => {
  it('finds contacts of committed batches at once, and after the import ends through search_terms alone', async () => {
    await queueCsvImport(t.ctx, manager, { text: csv });
    await crashAtBatch(3);
    // Batches 1 and 2 are in: their people are found by name, company word, email and phone digits.
    expect(await found('quill1 marsh1')).toEqual(['Quill1 Marsh1']);
    expect(await found('ferro kilo7')).toEqual(['Quill7 Marsh7']);
    expect(await found('q5@ferro')).toEqual(['Quill5 Marsh5']);
    expect(await found('5550206')).toEqual(['Quill6 Marsh6']);
    expect(await found('quill9')).toEqual([]);
    if (databaseName(t.ctx.db) === 'sqlite') expect(await pendingCount()).toBeGreaterThan(0);

    t.clock.advance(STALE_AFTER_MS + 1000);
    await drainImports(t.ctx, { batchSize: BATCH });
    expect(await found('quill9')).toEqual(['Quill9 Marsh9']);
    expect(await found('marsh1')).toEqual(['Quill1 Marsh1', 'Quill10 Marsh10', 'Quill11 Marsh11']);
    expect(await pendingCount()).toBe(0);
  });

  it('an edit made while the terms are pending replaces them for good', async () => {
    await queueCsvImport(t.ctx, manager, { text: csv });
    await crashAtBatch(2);
    const contact = await t.ctx.db
      .selectFrom('contacts')
      .select(['id', 'version'])
      .where('email', '=', 'q2@ferro.example')
      .executeTakeFirstOrThrow();
    await updateContact(t.ctx, manager, contact.id, {
      version: contact.version,
      lastName: 'Okonkwo',
      email: 'quinn@ferro.example',
    });
    expect(await found('marsh2')).toEqual([]);
    expect(await found('okonkwo')).toEqual(['Quill2 Okonkwo']);

    t.clock.advance(STALE_AFTER_MS + 1000);
    await drainImports(t.ctx, { batchSize: BATCH });
    expect(await found('marsh2')).toEqual([]);
    expect(await found('q2@')).toEqual([]);
    expect(await found('okonkwo')).toEqual(['Quill2 Okonkwo']);
    expect(await pendingCount()).toBe(0);
  });

  it('moves what a crashed import left once it is cancelled and no import runs', async () => {
    const { import: queued } = await queueCsvImport(t.ctx, manager, { text: csv });
    await crashAtBatch(3);
    await cancelImport(t.ctx, manager, queued.id);
    expect(await runNextImport(t.ctx)).toBe(false);
    expect(await pendingCount()).toBe(0);
    expect(await found('quill5')).toEqual(['Quill5 Marsh5']);
  });

  it('moves them in key-range chunks, each key once', async () => {
    await queueCsvImport(t.ctx, manager, { text: csv });
    await crashAtBatch(3); // 8 contacts' terms pending on SQLite
    const keys = async (table: 'search_terms' | 'search_terms_pending') =>
      (
        await t.ctx.db
          .selectFrom(table)
          .select(['term', 'entity_id'])
          .where('entity', '=', 'contact')
          .execute()
      )
        .map((r) => `${r.term} ${r.entity_id}`)
        .sort();
    const before = [...(await keys('search_terms')), ...(await keys('search_terms_pending'))].sort();
    expect(before.length).toBeGreaterThan(50); // 8 contacts, 8 terms each
    await mergePendingSearchTerms(t.ctx.db, 7);
    expect(await pendingCount()).toBe(0);
    expect(await keys('search_terms')).toEqual(before);
  });
});
