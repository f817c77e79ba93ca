import { withPragmas } from '../../../db/deferred-indexes';
import type { ColumnMapping } from '../../../shared/imports';
import { isoNow } from '../../clock';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { duplicateKeysOf } from '../contacts/duplicates';
import { inputOf } from '../contacts/edit';
import { MERGE_EVERY_ROWS, mergePendingSearchTerms } from '../search/pending-terms';
import type { CsvFormat, CsvRecord } from './csv/reader';
import { readCsvRecords } from './csv/reader';
import { DuplicateIndex } from './duplicate-index';
import { findContactsByDuplicateKeys } from './duplicate-repo';
import { type JobOptions, type JobOutcome, LostClaim } from './job-options';
import { addRowKeys, type KeyHashSet, loadKeySetOf, rowsMaybeKnown } from './load-key-set';
import { BULK_LOAD_PRAGMAS, startBulkLoad } from './load-mode';
import { planBatch, type SkippedRow } from './plan-batch';
import { describeProblems, type PreparedRow, prepareRow } from './prepare-row';
import * as repo from './repo';
import { contactInputOf } from './row-input';
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
  const batchSize = opts.batchSize ?? 5000;
  let seen = 0;
  let batchNo = 0;
  let batch: CsvRecord[] = [];
  let mergedAt = seen;
  const flush = async () => {
    batchNo += 1;
    const input = { batch, offsetAfter: seen, mapping, fileIndex, batchNo, bulkLoad, keySet, opts };
    const ok = await commitBatch(ctx, job, input);
    batch = [];
    if (ok && !bulkLoad && seen - mergedAt >= MERGE_EVERY_ROWS) {
      // The batches' search terms wait in a small table; into the big one in key order (decision 023).
      await mergePendingSearchTerms(ctx.db);
      mergedAt = seen;
    }
    if (ok) await opts.onProgress?.(seen);
    return ok;
  };
  const run = async (): Promise<JobOutcome> => {
    let header = true;
    for await (const record of readCsvRecords(storedPath(ctx.config, job.storage_path), format)) {
      if (header) {
        header = false;
        continue;
      }
      seen += 1;
      if (seen <= offset) continue;
      batch.push(record);
      if (batch.length >= batchSize) {
        if (!(await flush())) return 'lost';
        if (opts.signal?.aborted) return 'stopped';
      }
    }
    if (batch.length && !(await flush())) return 'lost';
    return 'done';
  };
  return bulkLoad ? withPragmas(ctx.db, BULK_LOAD_PRAGMAS, run) : run();
}

type BatchInput = {
  batch: CsvRecord[];
  offsetAfter: number;
  mapping: ColumnMapping;
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
  // The report keeps a row's raw values only for rows it lists (rejected or skipped): made on demand.
  const rawByLine = new Map<number, CsvRecord>();
  for (const record of b.batch) {
    rawByLine.set(record.line, record);
    const input = contactInputOf(record.values, b.mapping);
    const check = prepareRow(record.line, input);
    if (check.ok) rows.push(check.row);
    else
      rejected.push(
        issue(job.id, record.line, 'rejected', describeProblems(check.problems, input), rawByLine),
      );
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
        processed: b.batch.length,
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
  rawByLine: Map<number, CsvRecord>,
): repo.IssueRow {
  const record = rawByLine.get(line);
  const raw = record ? JSON.stringify(record.values) : null;
  return { id: '', import_id: importId, line, ref: null, outcome, reason, raw };
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
