import type { ColumnMapping } from '../../../shared/imports';
import type { CsvFormat } from './csv/reader';
import { readCsvRecords } from './csv/reader';
import { describeProblems, type PreparedRow, prepareRow } from './prepare-row';
import { contactInputOf } from './row-input';

/** A data row read and checked: the contact to plan, or why it is rejected. `raw` is the report's copy. */
export type PreparedItem = { line: number; raw: string; row?: PreparedRow; rejected?: string };
/** `offsetAfter`: data rows of the file up to the end of this batch (the job's resume offset once committed). */
export type PreparedBatch = { items: PreparedItem[]; offsetAfter: number };

export type PrepareArgs = {
  path: string;
  format: CsvFormat;
  mapping: ColumnMapping;
  /** Data rows already committed: skipped. */
  offset: number;
  batchSize: number;
};

/**
 * Reads the file from the resume offset and applies the contact form's rules to each row, a batch at a time.
 * Pure reading and normalizing (no database), so it can run on a worker thread (prepare-worker.ts).
 */
export async function* prepareBatches(a: PrepareArgs): AsyncGenerator<PreparedBatch> {
  let seen = 0;
  let header = true;
  let items: PreparedItem[] = [];
  for await (const record of readCsvRecords(a.path, a.format)) {
    if (header) {
      header = false;
      continue;
    }
    seen += 1;
    if (seen <= a.offset) continue;
    const raw = JSON.stringify(record.values);
    const input = contactInputOf(record.values, a.mapping);
    const check = prepareRow(record.line, input);
    items.push(
      check.ok
        ? { line: record.line, raw, row: check.row }
        : { line: record.line, raw, rejected: describeProblems(check.problems, input) },
    );
    if (items.length >= a.batchSize) {
      yield { items, offsetAfter: seen };
      items = [];
    }
  }
  if (items.length) yield { items, offsetAfter: seen };
}
