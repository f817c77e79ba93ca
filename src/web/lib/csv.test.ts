import { describe, expect, it } from 'vitest';
import { csvBlob } from './csv';

describe('csvBlob', () => {
  it('writes a BOM, CRLF lines, quotes where needed and defuses formulas', async () => {
    const blob = csvBlob([
      ['Name', 'Note', 'Count'],
      ['Ann, Jr.', 'said "hi"', 3],
      ['=SUM(A1)', 'two\nlines', 0],
      ['-5', '@home', 12.5],
      ['', 'back\rslash', ''],
    ]);
    // Blob.text() drops a BOM; decode the bytes keeping it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(text).toBe(
      '\uFEFFName,Note,Count\r\n' +
        '"Ann, Jr.","said ""hi""",3\r\n' +
        `'=SUM(A1),"two\nlines",0\r\n` +
        `'-5,'@home,12.5\r\n` +
        ',"back\rslash",\r\n',
    );
  });
});
