import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';
import { decodeWindows1252, detectEncoding, encodeWindows1252 } from './encoding';
import { inspectCsv } from './inspect';
import { CsvReadError, readCsvRecords } from './reader';

const dir = mkdtempSync(join(tmpdir(), 'lowboy-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (bytes: Buffer | string) => {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
};
const readAll = async (
  path: string,
  delimiter: ',' | ';' | '\t' = ',',
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
) => {
  const out: { line: number; values: string[] }[] = [];
  for await (const r of readCsvRecords(path, { encoding, delimiter })) out.push(r);
  return out;
};

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);

// A table written the way spreadsheets write CSV, with the physical line each record starts on.
type Table = { headers: string[]; rows: string[][] };
type Written = { text: string; lines: number[] };
const ascii = ['a', 'Z', '7', ' ', ',', ';', '\t', '"', '\n', '\r\n', '-', "'"];
const cp1252 = ['é', 'ñ', 'ü', 'ç', '“', '”', '€', '–', '’', '°'];
const unicode = ['日本', '🚛', 'Ω', 'ł'];

function write(
  t: Table,
  d: string,
  eol: string,
  blankAfter: boolean[],
  quoteAll: boolean,
  finalEol: boolean,
): Written {
  const quote = (v: string) =>
    quoteAll || /["\r\n]/.test(v) || v.includes(d) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
  const records = [t.headers, ...t.rows].map((r) => r.map(quote).join(d));
  let text = '';
  let line = 1;
  const lines: number[] = [];
  records.forEach((rec, i) => {
    lines.push(line);
    text += rec;
    line += 1 + (rec.match(/\r\n|\r|\n/g)?.length ?? 0);
    if (i < records.length - 1 || finalEol) text += eol;
    if (blankAfter[i] && i < records.length - 1) {
      text += eol;
      line += 1;
    }
  });
  return { text, lines };
}

const tableArb = (alphabet: string[]) =>
  fc.integer({ min: 2, max: 5 }).chain((cols) =>
    fc.record({
      headers: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{0,6}( [A-Z][a-z]{0,5})?$/), {
        minLength: cols,
        maxLength: cols,
      }),
      rows: fc.array(
        fc.array(
          fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((cs) => cs.join('')),
          { minLength: 1, maxLength: cols },
        ),
        { minLength: 1, maxLength: 12 },
      ),
    }),
  );
const layoutArb = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t' as const),
  eol: fc.constantFrom('\n', '\r\n'),
  blanks: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  quoteAll: fc.boolean(),
  finalEol: fc.boolean(),
});

async function expectRoundTrip(t: Table, w: Written, bytes: Buffer, delimiter: string) {
  const path = file(bytes);
  const inspection = await inspectCsv(path);
  expect(inspection.format.delimiter).toBe(delimiter);
  expect(inspection.headers).toEqual(t.headers);
  const records = [];
  for await (const r of readCsvRecords(path, inspection.format)) records.push(r);
  // Values come back trimmed; a row with nothing in it is a blank line, skipped (but still counted as a line).
  const expected = [t.headers, ...t.rows]
    .map((values, i) => ({ line: w.lines[i]!, values: values.map((v) => v.trim()) }))
    .filter((r) => r.values.some(Boolean));
  expect(records).toEqual(expected);
  expect(inspection.totalRows).toBe(expected.length - 1);
  return inspection;
}

describe('reading CSV files (property-based)', () => {
  it('reads back any table in UTF-8, with or without BOM, with its record start lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        tableArb([...ascii, ...cp1252, ...unicode]),
        layoutArb,
        fc.boolean(),
        async (t, l, bom) => {
          fc.pre(t.rows.some((r) => r.some((v) => v.trim())));
          const w = write(t, l.delimiter, l.eol, l.blanks, l.quoteAll, l.finalEol);
          const bytes = Buffer.concat([
            Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []),
            Buffer.from(w.text, 'utf8'),
          ]);
          const inspection = await expectRoundTrip(t, w, bytes, l.delimiter);
          expect(inspection.format.encoding).toBe('utf-8');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads back any table saved as Windows-1252 (Excel on Windows)', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb([...ascii, ...cp1252]), layoutArb, async (t, l) => {
        fc.pre(t.rows.some((r) => r.some((v) => v.trim())));
        const w = write(t, l.delimiter, l.eol, l.blanks, l.quoteAll, l.finalEol);
        const bytes = encodeWindows1252(w.text);
        // Rarely, Windows-1252 bytes also happen to be valid UTF-8 (é followed by two of “”€–’): no heuristic can
        // tell those apart, so they are left out of this property.
        const validUtf8 = (() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            return true;
          } catch {
            return false;
          }
        })();
        fc.pre(!validUtf8 || isAscii(w.text));
        const inspection = await expectRoundTrip(t, w, bytes, l.delimiter);
        expect(inspection.format.encoding).toBe(isAscii(w.text) ? 'utf-8' : 'windows-1252');
      }),
      { numRuns: 150 },
    );
  });

  it('decodes every Windows-1252 character the way Windows does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cp1252, 'a', 'Ä', 'ß', '©', '™', 'Š', 'œ')), (chars) => {
        const text = chars.join('');
        expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
      }),
    );
    expect(decodeWindows1252(Buffer.from([0x93, 0x80, 0x94, 0xe9]))).toBe('“€”é');
  });
});

describe('reading CSV files (cases)', () => {
  it('counts a CRLF inside a quoted value as one line break', async () => {
    const path = file('name,notes\r\nA,"one\r\ntwo"\r\n\r\nB,x\r\n');
    expect(await readAll(path)).toEqual([
      { line: 1, values: ['name', 'notes'] },
      { line: 2, values: ['A', 'one\r\ntwo'] },
      { line: 5, values: ['B', 'x'] },
    ]);
  });

  it('keeps a stray quote inside an unquoted value as text', async () => {
    const path = file('item,size\nPipe,5" wide\n');
    expect((await readAll(path))[1]!.values).toEqual(['Pipe', '5" wide']);
  });

  it('refuses a file whose quoted value never closes, naming its line', async () => {
    const path = file('name,notes\nA,ok\nB,"never closed\nC,x\n');
    const err = await inspectCsv(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvReadError);
    expect((err as CsvReadError).message).toBe('The quoted value that starts on line 3 is never closed.');
  });

  it('refuses empty files and files with a header only', async () => {
    await expect(inspectCsv(file(''))).rejects.toThrow('The file is empty.');
    await expect(inspectCsv(file('\n\n'))).rejects.toThrow('The file has no header row.');
    await expect(inspectCsv(file('First Name,Last Name\n'))).rejects.toThrow('no rows to import');
  });

  it('detects the delimiter from the header row, not the values', () => {
    expect(detectDelimiter('First Name;Last Name;Company\nAnn;Lee;"Smith, Jones & Co"')).toBe(';');
    expect(detectDelimiter('\uFEFF\r\nName\tPhone\tNotes\nA\t1\ta;b;c')).toBe('\t');
    expect(detectDelimiter('"Company; Inc",Name,Phone\n')).toBe(',');
    expect(detectDelimiter('Name\nAnn;Lee')).toBe(',');
  });

  it('detects a Windows-1252 byte far past the start of the file', async () => {
    const path = file(
      Buffer.concat([Buffer.from(`name\n${'a\n'.repeat(300_000)}`), Buffer.from([0x43, 0xf4, 0x74, 0xe9])]),
    );
    expect(await detectEncoding(path)).toBe('windows-1252');
  });
});
