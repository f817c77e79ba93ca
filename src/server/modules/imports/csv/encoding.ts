import { createReadStream } from 'node:fs';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Reads the whole file once (streaming, a few hundred MB/s): a byte-order mark decides; otherwise a file that is
 * valid UTF-8 from end to end is UTF-8, and anything else is Windows-1252 (what Excel on Windows saves as "CSV").
 * Sniffing only the start would miss an "é" on row 80,000 and turn it into U+FFFD.
 */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
      if (chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
    }
    try {
      utf8.decode(chunk, { stream: true });
    } catch {
      return 'windows-1252';
    }
  }
  try {
    utf8.decode();
  } catch {
    return 'windows-1252'; // ends in the middle of a multi-byte sequence
  }
  return 'utf-8';
}

// Node's TextDecoder('windows-1252') decodes as Latin-1 (0x80–0x9F become C1 controls), so map that row by hand.
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
].map((cp) => String.fromCharCode(cp));

export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80]!);
}

/** The inverse, for tests and fixtures: characters outside Windows-1252 become "?". */
export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const high = cp1252High.indexOf(ch);
    bytes[n++] = high >= 0 ? 0x80 + high : cp < 0x100 && (cp < 0x80 || cp > 0x9f) ? cp : 0x3f;
  }
  return bytes.subarray(0, n);
}

/** The file as text chunks, BOM removed, without holding more than a chunk in memory. */
export async function* decodeFile(path: string, encoding: CsvEncoding): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: 1 << 18 }) as AsyncIterable<Buffer>;
  if (encoding === 'windows-1252') {
    for await (const chunk of stream) yield decodeWindows1252(chunk);
    return;
  }
  // TextDecoder strips the BOM and carries split multi-byte sequences across chunks.
  const decoder = new TextDecoder(encoding);
  for await (const chunk of stream) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
