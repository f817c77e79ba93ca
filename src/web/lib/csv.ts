import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * Rows as a CSV file Excel opens cleanly: a BOM for UTF-8, CRLF line ends, quotes where a cell holds a comma, quote or
 * line break, and a leading = + - @ defused with an apostrophe (csv-stringify's escape_formulas, as the server's
 * exports use).
 */
export function csvBlob(rows: (string | number)[][]): Blob {
  const text = stringify(rows, {
    bom: true,
    escape_formulas: true,
    record_delimiter: '\r\n',
    // A bare \n or \r is not the record delimiter, so csv-stringify would leave it unquoted.
    quoted_match: /[\r\n]/,
  });
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}
