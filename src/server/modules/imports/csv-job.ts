import { withPragmas } from '../../../db/deferred-indexes';
import type { ColumnMapping } from '../../../shared/imports';
import { isoNow } from '../../clock';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { duplicateKeysOf, inputOf } from '../contacts';
import { MERGE_EVERY_ROWS, mergePendingSearchTerms } from '../search';
import type { CsvFormat } from './csv/reader';
import { DuplicateIndex } from './duplicate-index';
import { findContactsByDuplicateKeys } from './duplicate-repo';
import { type JobOptions, type JobOutcome, LostClaim } from './job-options';
import { addRowKeys, type KeyHashSet, loadKeySetOf, rowsMaybeKnown } from './load-key-set';
import { BULK_LOAD_BATCH, BULK_LOAD_PRAGMAS, startBulkLoad } from './load-mode';
import { planBatch, type SkippedRow } from './plan-batch';
import { type PreparedItem, prepareBatches } from './prepare-batches';
import { PREPARE_IN_WORKER_FROM, prepareBatchesInWorker } from './prepare-in-worker';
import type { PreparedRow } from './prepare-row';
import * as repo from './repo';
import { storedPath } from './storage';
import { createImportedContacts, fillExistingContacts } from './write-batch';

/**
 * Runs (or resumes) a claimed CSV import. Each batch of rows is one transaction that writes the contacts, the
 * report lines and the job's new resume offset together: after a crash the job restarts right after the last
 * committed batch, never with half a row written. A dry run does everything but write contacts.
 */
export async function processCsvImport(
  ctx: AppContext,
  job: repo.ImportRow,
  opts: JobOptions,
): Promise<JobOutcome> {
  const token = job.claim_token!;
  const format = JSON.parse(job.format!) as CsvFormat;
  const mapping = JSON.parse(job.mapping!) as ColumnMapping;
  const dryRun = job.dry_run === 1;
  let offset = job.resume_offset;
  if (dryRun && offset > 0) {
    if (!(await repo.restartProgress(ctx.db, job.id, token, isoNow(ctx.clock)))) return 'lost';
    offset = 0;
  }
  const bulkLoad = await startBulkLoad(ctx, job, (job.total_rows ?? 0) - offset, opts.bulkLoadFrom);
  // A dry run writes nothing, so it remembers the whole file's contacts here; a real run finds them in the db.
  const fileIndex = dryRun ? new DuplicateIndex() : null;
  // A load asks the database only about rows whose keys a hash of all contacts' keys may hold (decision 027).
  const keySet =
    bulkLoad && job.dedupe !== 'create' ? await loadKeySetOf(ctx.db, (job.total_rows ?? 0) - offset) : null;
  const rowsToGo = (job.total_rows ?? 0) - offset;
  const args = {
    path: storedPath(ctx.config, job.storage_path),
    format,
    mapping,
    offset,
    batchSize: opts.batchSize ?? (bulkLoad ? BULK_LOAD_BATCH : 5000),
  };
  let batchNo = 0;
  let mergedAt = offset;
  const run = async (): Promise<JobOutcome> => {
    const batches =
      rowsToGo >= (opts.prepareInWorkerFrom ?? PREPARE_IN_WORKER_FROM)
        ? prepareBatchesInWorker(args)
        : prepareBatches(args);
    for await (const { items, offsetAfter } of batches) {
      batchNo += 1;
      const input = { items, offsetAfter, fileIndex, batchNo, bulkLoad, keySet, opts };
      if (!(await commitBatch(ctx, job, input))) return 'lost';
      if (!bulkLoad && offsetAfter - mergedAt >= MERGE_EVERY_ROWS) {
        // The batches' search terms wait in a small table; into the big one in key order (decision 023).
        await mergePendingSearchTerms(ctx.db);
        mergedAt = offsetAfter;
      }
      await opts.onProgress?.(offsetAfter);
      // Shutdown stops after a full batch (a short one is the file's last).
      if (opts.signal?.aborted && items.length >= args.batchSize) return 'stopped';
    }
    return 'done';
  };
  return bulkLoad ? withPragmas(ctx.db, BULK_LOAD_PRAGMAS, run) : run();
}

type BatchInput = {
  items: PreparedItem[];
  offsetAfter: number;
  fileIndex: DuplicateIndex | null;
  batchNo: number;
  /** Terms are built when the load ends (decision 027). */
  bulkLoad: boolean;
  keySet: KeyHashSet | null;
  opts: JobOptions;
};

async function commitBatch(ctx: AppContext, job: repo.ImportRow, b: BatchInput): Promise<boolean> {
  const rows: PreparedRow[] = [];
  const rejected: repo.IssueRow[] = [];
  const rawByLine = new Map<number, string>();
  for (const item of b.items) {
    rawByLine.set(item.line, item.raw);
    if (item.row) rows.push(item.row);
    else rejected.push(issue(job.id, item.line, 'rejected', item.rejected!, rawByLine));
  }
  const at = isoNow(ctx.clock);
  const write = { importId: job.id, actorId: job.created_by, at };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const index = b.fileIndex ?? new DuplicateIndex();
      if (job.dedupe !== 'create')
        index.addExisting(
          await findContactsByDuplicateKeys(
            trx,
            lookupKeys(b.keySet ? rowsMaybeKnown(b.keySet, rows) : rows),
          ),
        );
      const plan = planBatch(rows, job.dedupe, index, inputOf);
      let skipped: SkippedRow[] = plan.skipped;
      let updated = plan.updated;
      if (job.dry_run === 0) {
        await createImportedContacts(trx, write, plan.creates, b.bulkLoad);
        for (const fill of await fillExistingContacts(trx, write, plan.fills)) {
          const reason = `The matching contact ${fill.contact.full_name} changed during the import; not filled.`;
          skipped = [...skipped, ...fill.lines.map((line) => ({ line, reason }))];
          updated -= fill.lines.length;
        }
      }
      const issues = [
        ...rejected,
        ...skipped.map((s) => issue(job.id, s.line, 'skipped', s.reason, rawByLine)),
      ];
      issues.sort((x, y) => x.line! - y.line!);
      await repo.insertIssues(
        trx,
        issues.map((i) => ({ ...i, id: newId() })),
      );
      await b.opts.beforeCommit?.(b.batchNo);
      const delta = {
        processed: b.items.length,
        created: plan.creates.length,
        updated,
        skipped: skipped.length,
        rejected: rejected.length,
        warnings: 0,
      };
      if (!(await repo.commitProgress(trx, job.id, job.claim_token!, delta, b.offsetAfter, at)))
        throw new LostClaim();
    });
    if (b.keySet) addRowKeys(b.keySet, rows);
    return true;
  } catch (err) {
    if (err instanceof LostClaim) return false;
    throw err;
  }
}

function issue(
  importId: string,
  line: number,
  outcome: 'rejected' | 'skipped',
  reason: string,
  rawByLine: Map<number, string>,
): repo.IssueRow {
  return { id: '', import_id: importId, line, ref: null, outcome, reason, raw: rawByLine.get(line) ?? null };
}

function lookupKeys(rows: PreparedRow[]) {
  const phones = new Set<string>();
  const emails = new Set<string>();
  const names: { name: string; company: string }[] = [];
  for (const row of rows) {
    const k = duplicateKeysOf(row.prepared, row.companyKey);
    for (const p of k.phones) phones.add(p);
    for (const e of k.emails) emails.add(e);
    names.push(...k.nameCompany);
  }
  return { phones: [...phones], emails: [...emails], names };
}
