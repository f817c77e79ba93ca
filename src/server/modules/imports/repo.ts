import { type ExpressionBuilder, sql } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import type { DB, Db, ImportIssuesTable, ImportsTable } from '../../../db/types';
import { stableSlices } from './statement-shapes';

export type ImportRow = ImportsTable;
export type ImportWithCreator = ImportRow & { creator_name: string | null };
export type IssueRow = ImportIssuesTable;
export type ProgressDelta = {
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  warnings: number;
};

export async function insertImport(db: Db, row: ImportRow): Promise<void> {
  await db.insertInto('imports').values(row).execute();
}

const withCreator = (db: Db) =>
  db
    .selectFrom('imports')
    .leftJoin('users', 'users.id', 'imports.created_by')
    .selectAll('imports')
    .select('users.name as creator_name');

export function findImportById(db: Db, id: string): Promise<ImportWithCreator | undefined> {
  return withCreator(db).where('imports.id', '=', id).executeTakeFirst();
}

export function listRecentImports(db: Db, limit: number): Promise<ImportWithCreator[]> {
  return withCreator(db)
    .orderBy('imports.created_at', 'desc')
    .orderBy('imports.id', 'desc')
    .limit(limit)
    .execute();
}

/** Changes a draft (or a finished dry run) into a queued job; false when it is in another state. */
export async function queueImport(
  db: Db,
  id: string,
  set: Pick<ImportRow, 'mapping' | 'dedupe' | 'dry_run' | 'updated_at'>,
): Promise<boolean> {
  const res = await db
    .updateTable('imports')
    .set({
      ...set,
      ...zeroProgress,
      attempts: 0,
      status: 'queued',
      started_at: null,
      finished_at: null,
      error: null,
    })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'draft'),
        eb.and([eb('dry_run', '=', 1), eb('status', 'in', ['done', 'failed', 'cancelled'])]),
      ]),
    )
    .executeTakeFirst();
  if (res.numUpdatedRows > 0n) await db.deleteFrom('import_issues').where('import_id', '=', id).execute();
  return res.numUpdatedRows > 0n;
}

const zeroProgress = {
  processed_rows: 0,
  created_count: 0,
  updated_count: 0,
  skipped_count: 0,
  rejected_count: 0,
  warning_count: 0,
  resume_offset: 0,
};

const claimable = (staleBefore: string) => (eb: ExpressionBuilder<DB, 'imports'>) =>
  eb.or([
    eb('status', '=', 'queued'),
    eb.and([eb('status', '=', 'running'), eb('heartbeat_at', '<', staleBefore)]),
  ]);

/**
 * Claims the oldest queued import, or a running one whose runner stopped beating (crashed), in one conditional
 * UPDATE: two runners can't both win. On PostgreSQL the candidate is picked with FOR UPDATE SKIP LOCKED so
 * concurrent runners don't queue on the same row.
 */
export function claimNextImport(
  db: Db,
  claim: { token: string; now: string; staleBefore: string },
): Promise<ImportRow | undefined> {
  const isClaimable = claimable(claim.staleBefore);
  const candidate = dialectOf(db).skipLocked(
    db.selectFrom('imports').select('id').where(isClaimable).orderBy('created_at').orderBy('id').limit(1),
  );
  return db
    .updateTable('imports')
    .set((eb) => ({
      status: 'running',
      claim_token: claim.token,
      heartbeat_at: claim.now,
      updated_at: claim.now,
      attempts: eb('attempts', '+', 1),
      started_at: eb.fn.coalesce('started_at', sql.val(claim.now)),
    }))
    .where('id', '=', candidate)
    .where(isClaimable)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Advances the job with the batch it belongs to, in the batch's transaction. False when the claim was lost
 * (cancelled, or taken over after a missed heartbeat): the caller rolls the batch back and stops.
 */
export async function commitProgress(
  db: Db,
  id: string,
  token: string,
  delta: ProgressDelta,
  resumeOffset: number,
  now: string,
): Promise<boolean> {
  const res = await db
    .updateTable('imports')
    .set((eb) => ({
      processed_rows: eb('processed_rows', '+', delta.processed),
      created_count: eb('created_count', '+', delta.created),
      updated_count: eb('updated_count', '+', delta.updated),
      skipped_count: eb('skipped_count', '+', delta.skipped),
      rejected_count: eb('rejected_count', '+', delta.rejected),
      warning_count: eb('warning_count', '+', delta.warnings),
      resume_offset: resumeOffset,
      heartbeat_at: now,
      updated_at: now,
    }))
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** Keeps a claimed job's heartbeat fresh during long work outside batches (a bulk load's builds). */
export async function touchHeartbeat(db: Db, id: string, token: string, now: string): Promise<void> {
  await db
    .updateTable('imports')
    .set({ heartbeat_at: now })
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .where('status', '=', 'running')
    .execute();
}

/** Of these imports, the ones with something a bulk load deferred still to build (decision 027). */
export async function importsBuilding(db: Db, ids: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('deferred_builds')
    .select('import_id')
    .distinct()
    .where('import_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.import_id));
}

/** A dry run interrupted midway starts over (it kept its duplicate index in memory). */
export async function restartProgress(db: Db, id: string, token: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('imports')
    .set({ ...zeroProgress, heartbeat_at: now, updated_at: now })
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .where('status', '=', 'running')
    .executeTakeFirst();
  if (res.numUpdatedRows === 0n) return false;
  await db.deleteFrom('import_issues').where('import_id', '=', id).execute();
  return true;
}

export async function anyImportRunning(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('imports')
    .select('id')
    .where('status', '=', 'running')
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

export async function setImportTotal(db: Db, id: string, total: number): Promise<void> {
  await db.updateTable('imports').set({ total_rows: total }).where('id', '=', id).execute();
}

/** Ends a claimed job; false when the claim was lost meanwhile (e.g. cancelled). */
export async function finishClaimedImport(
  db: Db,
  id: string,
  token: string,
  end: { status: 'done' | 'failed' | 'queued'; error?: string | null; now: string },
): Promise<boolean> {
  const finished = end.status !== 'queued';
  const res = await db
    .updateTable('imports')
    .set({
      status: end.status,
      error: end.error ?? null,
      claim_token: null,
      heartbeat_at: finished ? end.now : null,
      updated_at: end.now,
      finished_at: finished ? end.now : null,
    })
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function cancelImportIfActive(db: Db, id: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('imports')
    .set({ status: 'cancelled', claim_token: null, finished_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['draft', 'queued', 'running'])
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function insertIssues(db: Db, rows: IssueRow[]): Promise<void> {
  for (const part of stableSlices(rows, 256)) await db.insertInto('import_issues').values(part).execute();
}

/** Issues in file order, a page at a time (the report streams them). */
export function listIssues(db: Db, importId: string, opts: { afterId?: string; limit: number }) {
  let q = db.selectFrom('import_issues').selectAll().where('import_id', '=', importId);
  if (opts.afterId) q = q.where('id', '>', opts.afterId);
  return q.orderBy('id').limit(opts.limit).execute();
}
