export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * The delimiter is the candidate that occurs most often, outside quotes, in the header record (European Excel
 * writes ";", "Unicode text" exports use tabs). Header names rarely contain delimiters; values often do, which
 * is why the data rows don't vote. Ties and a single-column file fall back to the comma.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const counts = new Map<string, number>(csvDelimiters.map((d) => [d, 0]));
  let quoted = false;
  const start = sample.search(/[^\uFEFF\r\n]/); // skip a BOM and blank lines before the header
  for (let i = Math.max(start, 0); i < sample.length; i++) {
    const ch = sample[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of csvDelimiters) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}
