import { stat } from 'node:fs/promises';
import { detectDelimiter } from './delimiter';
import { decodeFile, detectEncoding } from './encoding';
import { type CsvFormat, CsvReadError, type CsvRecord, readCsvRecords } from './reader';

export type CsvInspection = {
  format: CsvFormat;
  headers: string[];
  /** The first data records, for the preview. */
  sample: CsvRecord[];
  /** Data records (blank lines not counted): the progress bar's 100 %. */
  totalRows: number;
};

/**
 * What the mapping screen needs, and a full read of the file: a broken file (an unclosed quote on line 40,000)
 * is refused at upload with its line number instead of failing halfway through the import.
 */
export async function inspectCsv(path: string, sampleSize = 20): Promise<CsvInspection> {
  if ((await stat(path)).size === 0) throw new CsvReadError('The file is empty.', null);
  const encoding = await detectEncoding(path);
  const format: CsvFormat = { encoding, delimiter: detectDelimiter(await firstText(path, encoding)) };
  let headers: string[] | null = null;
  const sample: CsvRecord[] = [];
  let totalRows = 0;
  for await (const record of readCsvRecords(path, format)) {
    if (!headers) {
      headers = record.values.map((h, i) => h || `Column ${i + 1}`);
      continue;
    }
    totalRows += 1;
    if (sample.length < sampleSize) sample.push(record);
  }
  if (!headers) throw new CsvReadError('The file has no header row.', null);
  if (totalRows === 0) throw new CsvReadError('The file has a header row but no rows to import.', null);
  return { format, headers, sample, totalRows };
}

async function firstText(path: string, encoding: CsvFormat['encoding']): Promise<string> {
  let text = '';
  for await (const chunk of decodeFile(path, encoding)) {
    text += chunk;
    if (text.length >= 65_536) break;
  }
  return text;
}
