import { isoNow } from '../../clock';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { insertAudit } from '../audit';
import { hasPendingSearchTerms, mergePendingSearchTerms } from '../search';
import { CsvReadError } from './csv/reader';
import { processCsvImport } from './csv-job';
import type { JobOptions, JobOutcome } from './job-options';
import { processLegacyImport } from './legacy/legacy-job';
import { LegacyReadError } from './legacy/read-files';
import { finishBulkLoads, finishImportLoad } from './load-mode';
import * as repo from './repo';
import { removeImportFolder } from './storage';

/** A running import whose heartbeat (one per committed batch) is older than this is taken over. */
export const STALE_AFTER_MS = 60_000;
/** An import that keeps killing its runner (out of memory…) is given up on. */
export const MAX_ATTEMPTS = 5;

type Log = { error: (obj: object, msg: string) => void };
export type RunOptions = JobOptions & { log?: Log };

/** Claims and runs the next import that needs a runner. False when there was none. */
export async function runNextImport(ctx: AppContext, opts: RunOptions = {}): Promise<boolean> {
  const now = ctx.clock.now();
  const job = await repo.claimNextImport(ctx.db, {
    token: newId(),
    now: now.toISOString(),
    staleBefore: new Date(now.getTime() - STALE_AFTER_MS).toISOString(),
  });
  if (!job) {
    // What a load left unbuilt (it crashed, then was cancelled): built now (decision 027).
    await finishBulkLoads(ctx, 'orphaned');
    // Terms an import left pending (it crashed, then was cancelled): moved once no import is running.
    if ((await hasPendingSearchTerms(ctx.db)) && !(await repo.anyImportRunning(ctx.db)))
      await mergePendingSearchTerms(ctx.db);
    return false;
  }
  await runClaimedImport(ctx, job, opts);
  return true;
}

/** Runs every import waiting for a runner, one after another (tests, and the CLI's own import). */
export async function drainImports(ctx: AppContext, opts: RunOptions = {}): Promise<number> {
  let n = 0;
  while (await runNextImport(ctx, opts)) n += 1;
  return n;
}

/** Runs a claimed import to its end and records how it ended; never throws. */
export async function runClaimedImport(
  ctx: AppContext,
  job: repo.ImportRow,
  opts: RunOptions = {},
): Promise<void> {
  if (job.attempts > MAX_ATTEMPTS) {
    await failImport(
      ctx,
      job,
      `Stopped after ${MAX_ATTEMPTS} attempts: the import keeps interrupting its runner.`,
    );
    await finishLoadAfter(ctx, job, opts);
    return;
  }
  let outcome: JobOutcome;
  try {
    outcome = await processImport(ctx, job, opts);
  } catch (err) {
    await finishLoadAfter(ctx, job, opts);
    await mergeTermsAfter(ctx, job, opts);
    const readable = err instanceof CsvReadError || err instanceof LegacyReadError;
    if (!readable) opts.log?.error({ err, importId: job.id }, 'import failed');
    await failImport(
      ctx,
      job,
      readable ? err.message : 'The import stopped on an unexpected error (logged).',
    );
    return;
  }
  // A stopped load resumes at the next start, still deferred; any other end builds what it left out before the
  // import says it is done (decision 027). Whatever the outcome, pending terms are moved (decision 023).
  if (outcome !== 'stopped') await finishLoadAfter(ctx, job, opts);
  await mergeTermsAfter(ctx, job, opts);
  if (outcome === 'stopped') {
    await repo.finishClaimedImport(ctx.db, job.id, job.claim_token!, {
      status: 'queued',
      now: isoNow(ctx.clock),
    });
  } else if (outcome === 'done') {
    await completeImport(ctx, job);
  }
}

async function finishLoadAfter(ctx: AppContext, job: repo.ImportRow, opts: RunOptions): Promise<void> {
  try {
    await finishImportLoad(ctx, job);
  } catch (err) {
    // Left recorded: an idle runner's poll builds it once the import no longer runs.
    opts.log?.error({ err, importId: job.id }, 'building what the bulk load deferred failed');
  }
}

async function mergeTermsAfter(ctx: AppContext, job: repo.ImportRow, opts: RunOptions): Promise<void> {
  try {
    await mergePendingSearchTerms(ctx.db);
  } catch (err) {
    // Left pending, still searchable; the next import or an idle runner's poll moves them.
    opts.log?.error({ err, importId: job.id }, 'moving pending search terms failed');
  }
}

/** The job's work without the bookkeeping of how it ended (a crash test calls this and lets it throw). */
export function processImport(
  ctx: AppContext,
  job: repo.ImportRow,
  opts: JobOptions = {},
): Promise<JobOutcome> {
  return job.kind === 'csv' ? processCsvImport(ctx, job, opts) : processLegacyImport(ctx, job, opts);
}

async function completeImport(ctx: AppContext, job: repo.ImportRow): Promise<void> {
  const at = isoNow(ctx.clock);
  const done = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.finishClaimedImport(trx, job.id, job.claim_token!, { status: 'done', now: at })))
      return false;
    const row = (await repo.findImportById(trx, job.id))!;
    await insertAudit(trx, {
      actorId: job.created_by,
      action: row.dry_run ? 'import.dry_run' : 'import.completed',
      objectType: 'import',
      objectId: job.id,
      ip: null,
      details: { kind: row.kind, file: row.file_name, ...countsOf(row) },
      at,
    });
    return true;
  });
  if (done && job.dry_run === 0) await removeImportFolder(ctx.config, job.id);
}

async function failImport(ctx: AppContext, job: repo.ImportRow, error: string): Promise<void> {
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await repo.finishClaimedImport(trx, job.id, job.claim_token!, { status: 'failed', error, now: at }))
    )
      return;
    await insertAudit(trx, {
      actorId: job.created_by,
      action: 'import.failed',
      objectType: 'import',
      objectId: job.id,
      ip: null,
      details: { kind: job.kind, file: job.file_name, error },
      at,
    });
  });
}

export function countsOf(row: repo.ImportRow) {
  return {
    rows: row.processed_rows,
    created: row.created_count,
    updated: row.updated_count,
    skipped: row.skipped_count,
    rejected: row.rejected_count,
    warnings: row.warning_count,
  };
}
