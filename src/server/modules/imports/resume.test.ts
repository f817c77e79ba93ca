import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf, queueCsvImport } from '../../../../tests/support/imports';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { makeUser } from '../../seed/factories';
import * as repo from './repo';
import { drainImports, processImport, runNextImport, STALE_AFTER_MS } from './run-import';
import { cancelImport, getImport } from './service';

const importsDir = mkdtempSync(join(tmpdir(), 'lowboy-imports-'));
afterAll(() => rmSync(importsDir, { recursive: true, force: true }));

// 23 rows, in batches of 5: rows 6 and 12 repeat the phone of rows 2 and 8 (which lack a company) and fill it in;
// rows 10 and 20 repeat the email of rows 5 and 15 and bring nothing new; rows 9 and 18 have a bad email.
const num = (n: number) => `214-555-${String(100 + n).padStart(4, '0')}`;
const rows = Array.from({ length: 23 }, (_, i) => {
  const n = i + 1;
  const phone = n % 6 === 0 ? num(n - 4) : num(n);
  const email = n % 9 === 0 ? 'broken@' : `lead${n % 10 === 0 ? n - 5 : n}@haul.example`;
  const company = n % 6 === 2 ? '' : `Company ${n % 7}`;
  return `Lead,Number ${n},${company},${email},${phone}`;
});
const csv = `First Name,Last Name,Company,Email,Phone\n${rows.join('\n')}\n`;
const BATCH = 5;

let t: TestApp;
let manager: Actor;
beforeEach(async () => {
  t = await createTestApp({ IMPORTS_DIR: importsDir });
  manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));
});
afterEach(() => t.close());

/** What a person would see afterwards: the report and the contacts, without ids or times. */
async function outcome(importId: string) {
  const i = await getImport(t.ctx, manager, importId);
  const contacts = await t.ctx.db
    .selectFrom('contacts')
    .select(['full_name', 'email', 'phone_e164', 'company_key'])
    .orderBy('full_name')
    .execute();
  const events = await t.ctx.db
    .selectFrom('timeline_events')
    .select('kind')
    .where('kind', '=', 'contact.imported')
    .execute();
  return {
    status: i.status,
    processed: i.processedRows,
    counts: i.counts,
    issues: i.issues,
    contacts,
    imported: events.length,
  };
}

async function cleanRun() {
  const { import: queued } = await queueCsvImport(t.ctx, manager, { text: csv }, { dedupe: 'fill' });
  await drainImports(t.ctx, { batchSize: BATCH });
  return outcome(queued.id);
}

async function claim() {
  const now = t.clock.now();
  const job = await repo.claimNextImport(t.ctx.db, {
    token: `runner-${now.getTime()}`,
    now: now.toISOString(),
    staleBefore: new Date(now.getTime() - STALE_AFTER_MS).toISOString(),
  });
  return job!;
}

describe('an import interrupted midway', () => {
  it('resumes after the last committed batch when the runner dies, ending exactly like a clean run', async () => {
    const clean = await cleanRun();
    await t.close();
    t = await createTestApp({ IMPORTS_DIR: importsDir });
    manager = actorOf(await makeUser(t.ctx, { role: 'manager' }));

    const { import: queued } = await queueCsvImport(t.ctx, manager, { text: csv }, { dedupe: 'fill' });
    const job = await claim();
    const crash = processImport(t.ctx, job, {
      batchSize: BATCH,
      beforeCommit: (n) => {
        if (n === 3) throw new Error('power cut'); // inside batch 3's transaction, after its writes
      },
    });
    await expect(crash).rejects.toThrow('power cut');

    // Batches 1 and 2 are in; nothing of batch 3 is.
    const midway = await outcome(queued.id);
    expect(midway.status).toBe('running');
    expect(midway.processed).toBe(10);
    expect(midway.contacts.map((c) => c.full_name)).not.toContain('Lead Number 11');
    expect(midway.imported).toBe(midway.counts.created);

    // A runner doesn't take it over while its heartbeat is fresh…
    expect(await runNextImport(t.ctx, { batchSize: BATCH })).toBe(false);
    // …but does once it is stale, and continues at row 11.
    t.clock.advance(STALE_AFTER_MS + 1000);
    expect(await runNextImport(t.ctx, { batchSize: BATCH })).toBe(true);

    const resumed = await outcome(queued.id);
    expect(resumed).toEqual(clean);
    expect(resumed.counts).toEqual({ created: 17, updated: 2, skipped: 2, rejected: 2, warnings: 0 });
    expect((await repo.findImportById(t.ctx.db, queued.id))!.attempts).toBe(2);
  });

  it('stops after the batch in hand on shutdown and picks up from there on the next start', async () => {
    const { import: queued } = await queueCsvImport(t.ctx, manager, { text: csv }, { dedupe: 'fill' });
    const shutdown = new AbortController();
    await runNextImport(t.ctx, {
      batchSize: BATCH,
      signal: shutdown.signal,
      onProgress: (n) => {
        if (n === 10) shutdown.abort();
      },
    });
    const paused = await getImport(t.ctx, manager, queued.id);
    expect(paused).toMatchObject({ status: 'queued', processedRows: 10 });
    await drainImports(t.ctx, { batchSize: BATCH });
    const done = await outcome(queued.id);
    expect(done.status).toBe('done');
    expect(done.counts).toEqual({ created: 17, updated: 2, skipped: 2, rejected: 2, warnings: 0 });
    expect(done.contacts).toHaveLength(17);
  });

  it('stops writing when cancelled; committed batches stay and are reported', async () => {
    const { import: queued } = await queueCsvImport(t.ctx, manager, { text: csv }, { dedupe: 'fill' });
    await runNextImport(t.ctx, {
      batchSize: BATCH,
      onProgress: async (n) => {
        if (n === 10) await cancelImport(t.ctx, manager, queued.id);
      },
    });
    const cancelled = await outcome(queued.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.processed).toBe(10);
    expect(cancelled.contacts).toHaveLength(cancelled.counts.created);
    expect(cancelled.contacts.map((c) => c.full_name)).not.toContain('Lead Number 11');
    expect(await runNextImport(t.ctx)).toBe(false);
  });
});
