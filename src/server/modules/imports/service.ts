import type {
  ColumnMapping,
  CsvUploadResult,
  DedupePolicy,
  Import,
  ImportSummary,
  PreviewRow,
  StartImportInput,
} from '../../../shared/imports';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../errors';
import { insertAudit } from '../audit';
import { inspectCsv } from './csv/inspect';
import { type CsvFormat, CsvReadError, readCsvRecords } from './csv/reader';
import { suggestMapping } from './mapping';
import { presentImport, presentImportSummary } from './presenter';
import { previewRow } from './preview';
import * as repo from './repo';
import { csvFileName, removeImportFolder, storedPath } from './storage';

export const PREVIEW_ROWS = 20;
const ISSUES_SHOWN = 100;

/** Imports touch the whole lead database: managers and admins only. */
export function assertCanImport(actor: Actor | null): void {
  if (actor && actor.role === 'rep') throw forbidden('Only managers and admins can import contacts.');
}

/** A file already stored in the import's folder (by the upload route or the CLI). */
export type StoredUpload = { importId: string; fileName: string; size: number };
/** Start right away (one-step upload, CLI) or wait as a draft for the mapping screen. */
export type CsvLaunch =
  | { start: false; mapping?: ColumnMapping }
  | { start: true; mapping?: ColumnMapping; dedupe: DedupePolicy; dryRun: boolean; claimToken?: string };

export async function createCsvImport(
  ctx: AppContext,
  actor: Actor | null,
  upload: StoredUpload,
  launch: CsvLaunch,
): Promise<CsvUploadResult> {
  assertCanImport(actor);
  const relative = `${upload.importId}/${csvFileName}`;
  let inspection: Awaited<ReturnType<typeof inspectCsv>>;
  try {
    inspection = await inspectCsv(storedPath(ctx.config, relative), PREVIEW_ROWS);
  } catch (err) {
    await removeImportFolder(ctx.config, upload.importId);
    if (err instanceof CsvReadError) throw unprocessable('unreadable_file', err.message, { line: err.line });
    throw err;
  }
  const suggested = suggestMapping(inspection.headers);
  const mapping = launch.mapping ?? suggested;
  checkMappingFits(mapping, inspection.headers);
  const at = isoNow(ctx.clock);
  const claimed = launch.start && launch.claimToken;
  await repo.insertImport(ctx.db, {
    ...newImportRow(upload, actor, at),
    kind: 'csv',
    status: claimed ? 'running' : launch.start ? 'queued' : 'draft',
    storage_path: relative,
    format: JSON.stringify(inspection.format),
    headers: JSON.stringify(inspection.headers),
    mapping: JSON.stringify(mapping),
    dedupe: launch.start ? launch.dedupe : 'skip',
    dry_run: launch.start && launch.dryRun ? 1 : 0,
    total_rows: inspection.totalRows,
    ...(claimed ? { claim_token: launch.claimToken!, heartbeat_at: at, attempts: 1, started_at: at } : {}),
  });
  return {
    import: await getImport(ctx, actor, upload.importId),
    suggestedMapping: suggested,
    preview: inspection.sample.map((r) => previewRow(r, mapping)),
  };
}

export function newImportRow(upload: StoredUpload, actor: Actor | null, at: string): repo.ImportRow {
  return {
    id: upload.importId,
    kind: 'csv',
    status: 'draft',
    file_name: upload.fileName.slice(0, 255),
    storage_path: upload.importId,
    file_size: upload.size,
    format: null,
    headers: null,
    mapping: null,
    options: null,
    dedupe: 'skip',
    dry_run: 0,
    total_rows: null,
    processed_rows: 0,
    created_count: 0,
    updated_count: 0,
    skipped_count: 0,
    rejected_count: 0,
    warning_count: 0,
    resume_offset: 0,
    claim_token: null,
    heartbeat_at: null,
    attempts: 0,
    error: null,
    created_by: actor?.id ?? null,
    created_at: at,
    updated_at: at,
    started_at: null,
    finished_at: null,
  };
}

function checkMappingFits(mapping: ColumnMapping, headers: string[]): void {
  if (mapping.length !== headers.length) {
    throw badRequest(
      'mapping_mismatch',
      `The file has ${headers.length} columns; the mapping has ${mapping.length}.`,
    );
  }
  if (!mapping.some(Boolean))
    throw badRequest('mapping_empty', 'Map at least one column to a contact field.');
}

export async function loadImport(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<repo.ImportWithCreator> {
  assertCanImport(actor);
  const row = await repo.findImportById(ctx.db, id);
  if (!row) throw notFound('Import');
  return row;
}

/** The mapping screen's preview for an edited mapping: the file's first rows as they would be stored. */
export async function previewImport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  mapping: ColumnMapping,
): Promise<PreviewRow[]> {
  const row = await loadImport(ctx, actor, id);
  if (row.kind !== 'csv' || !startable(row))
    throw conflict('import_not_editable', 'This import has already run.');
  checkMappingFits(mapping, JSON.parse(row.headers!) as string[]);
  const preview: PreviewRow[] = [];
  let header = true;
  for await (const record of readCsvRecords(
    storedPath(ctx.config, row.storage_path),
    JSON.parse(row.format!) as CsvFormat,
  )) {
    if (header) header = false;
    else preview.push(previewRow(record, mapping));
    if (preview.length >= PREVIEW_ROWS) break;
  }
  return preview;
}

/** A draft, or a finished dry run, may be (re)started: the real run replaces the dry run's report. */
const startable = (row: repo.ImportRow) =>
  row.status === 'draft' || (row.dry_run === 1 && ['done', 'failed', 'cancelled'].includes(row.status));

export async function startImport(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: StartImportInput,
): Promise<Import> {
  const row = await loadImport(ctx, actor, id);
  if (row.kind !== 'csv') throw conflict('import_not_startable', 'Legacy imports start when uploaded.');
  const mapping = input.mapping ?? (JSON.parse(row.mapping!) as ColumnMapping);
  checkMappingFits(mapping, JSON.parse(row.headers!) as string[]);
  const queued = await repo.queueImport(ctx.db, id, {
    mapping: JSON.stringify(mapping),
    dedupe: input.dedupe,
    dry_run: input.dryRun ? 1 : 0,
    updated_at: isoNow(ctx.clock),
  });
  if (!queued)
    throw conflict('import_not_startable', `This import is ${row.status}; it can't be started again.`);
  return getImport(ctx, actor, id);
}

export async function getImport(ctx: AppContext, actor: Actor | null, id: string): Promise<Import> {
  const row = await loadImport(ctx, actor, id);
  const building = row.status === 'running' && (await repo.importsBuilding(ctx.db, [id])).has(id);
  return presentImport(row, await repo.listIssues(ctx.db, id, { limit: ISSUES_SHOWN }), building);
}

export async function listImports(ctx: AppContext, actor: Actor): Promise<ImportSummary[]> {
  assertCanImport(actor);
  const rows = await repo.listRecentImports(ctx.db, 50);
  const running = rows.filter((r) => r.status === 'running').map((r) => r.id);
  const building = running.length ? await repo.importsBuilding(ctx.db, running) : new Set<string>();
  return rows.map((r) => presentImportSummary(r, building.has(r.id)));
}

/** Stops an import: batches already committed stay (the report says how far it got); the rest never runs. */
export async function cancelImport(ctx: AppContext, actor: Actor, id: string): Promise<Import> {
  const row = await loadImport(ctx, actor, id);
  const at = isoNow(ctx.clock);
  const cancelled = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.cancelImportIfActive(trx, id, at))) return false;
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'import.cancelled',
      objectType: 'import',
      objectId: id,
      ip: actor.ip,
      details: { kind: row.kind, file: row.file_name, processedRows: row.processed_rows },
      at,
    });
    return true;
  });
  if (!cancelled) throw conflict('import_finished', `This import is already ${row.status}.`);
  if (row.dry_run === 0) await removeImportFolder(ctx.config, id);
  return getImport(ctx, actor, id);
}
