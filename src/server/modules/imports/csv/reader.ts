import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type { CsvDelimiter } from './delimiter';
import { type CsvEncoding, decodeFile } from './encoding';

export type CsvFormat = { encoding: CsvEncoding; delimiter: CsvDelimiter };
/** `line` is the physical line the record starts on (line 1 is the first line of the file). */
export type CsvRecord = { line: number; values: string[] };

/** The file can't be read as CSV at all (as opposed to a row that can't be imported). */
export class CsvReadError extends Error {
  constructor(
    message: string,
    public readonly line: number | null,
  ) {
    super(message);
    this.name = 'CsvReadError';
  }
}

const lineBreaks = /\r\n|\r|\n/g;
const countLineBreaks = (values: string[]) => {
  let n = 0;
  for (const v of values) if (v.includes('\n') || v.includes('\r')) n += v.match(lineBreaks)!.length;
  return n;
};

/**
 * Streams the records of a CSV file, blank lines skipped, values trimmed. Line numbers are counted here rather
 * than taken from csv-parse, whose count drifts on CRLF inside quoted values: a record starts after the previous
 * one's lines (1 + the line breaks inside its values) plus the blank lines skipped since.
 */
export async function* readCsvRecords(path: string, format: CsvFormat): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter: format.delimiter,
    relax_quotes: true, // a stray " inside an unquoted value (5" pipe) is text, not an error
    relax_column_count: true, // short rows are common; the mapping reads missing values as empty
    skip_empty_lines: true,
    info: true,
  });
  const feeding = pipeline(Readable.from(decodeFile(path, format.encoding)), parser).catch(() => {
    // The parser rethrows the same error to the loop below; this only keeps it from being unhandled.
  });
  let nextLine = 1;
  let emptyLinesBefore = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { empty_lines: number };
    }>) {
      const line = nextLine + (info.empty_lines - emptyLinesBefore);
      emptyLinesBefore = info.empty_lines;
      nextLine = line + 1 + countLineBreaks(record);
      const values = record.map((v) => v.trim());
      if (values.every((v) => v === '')) continue;
      yield { line, values };
    }
  } catch (err) {
    throw readErrorOf(err, nextLine);
  } finally {
    parser.destroy();
    await feeding;
  }
}

function readErrorOf(err: unknown, line: number): Error {
  if (err instanceof CsvError && err.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new CsvReadError(`The quoted value that starts on line ${line} is never closed.`, line);
  }
  if (err instanceof CsvError) return new CsvReadError(`Line ${line}: ${err.message}`, line);
  if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
    return new CsvReadError('The file is no longer available.', null);
  }
  return err instanceof Error ? err : new Error(String(err));
}
