import { type Stringifier, stringify as stringifyStream } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';

// The one CSV writer of the server (issue 15): every CSV the app hands out — contact exports, reports, import
// reports — goes through here, so all defuse spreadsheet formulas the same way. csv-stringify's escape_formulas
// prefixes a ' to a value starting with = + - @ tab or CR (and their full-width forms); negative numbers stay.

const safe = { escape_formulas: true } as const;

/** Rows (arrays, or objects with `columns` and a header line) as CSV text; `bom` starts a file (Excel reads UTF-8 only after a byte-order mark). */
export function csvText(
  rows: unknown[][] | Record<string, unknown>[],
  options: { columns?: string[]; bom?: boolean } = {},
): string {
  return stringify(rows, {
    ...safe,
    bom: options.bom ?? false,
    ...(options.columns ? { header: true, columns: options.columns } : {}),
  });
}

/** A stream that takes rows (arrays) and gives a CSV file, BOM first: for exports read a page at a time. */
export function csvFileStream(): Stringifier {
  return stringifyStream({ ...safe, bom: true });
}
