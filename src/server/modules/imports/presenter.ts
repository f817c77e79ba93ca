import type { ColumnMapping, Import, ImportIssue, ImportSummary } from '../../../shared/imports';
import type { CsvFormat } from './csv/reader';
import type { ImportWithCreator, IssueRow } from './repo';

export function presentImportSummary(row: ImportWithCreator, building = false): ImportSummary {
  const format = row.format ? (JSON.parse(row.format) as CsvFormat) : null;
  const finished = row.status === 'done';
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.file_name,
    dryRun: row.dry_run === 1,
    dedupe: row.dedupe,
    format: format && {
      encoding: format.encoding,
      delimiter: format.delimiter === '\t' ? 'tab' : format.delimiter,
    },
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    progress: finished ? 1 : row.total_rows ? Math.min(1, row.processed_rows / row.total_rows) : 0,
    building:
      building && row.status === 'running' && row.total_rows !== null && row.processed_rows >= row.total_rows,
    counts: {
      created: row.created_count,
      updated: row.updated_count,
      skipped: row.skipped_count,
      rejected: row.rejected_count,
      warnings: row.warning_count,
    },
    error: row.error,
    createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export function presentImport(row: ImportWithCreator, issues: IssueRow[], building = false): Import {
  return {
    ...presentImportSummary(row, building),
    headers: row.headers ? (JSON.parse(row.headers) as string[]) : null,
    mapping: row.mapping ? (JSON.parse(row.mapping) as ColumnMapping) : null,
    issues: issues.map(presentIssue),
  };
}

export function presentIssue(i: IssueRow): ImportIssue {
  return { line: i.line, ref: i.ref, outcome: i.outcome, reason: i.reason };
}
