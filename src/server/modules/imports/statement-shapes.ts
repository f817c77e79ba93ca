// Imports write thousands of batches. Every distinct SQL text becomes a prepared statement in the SQLite statement
// cache (db/create-db.ts), and multi-row statements are big, so batches are cut into a few fixed shapes.

/** Slices of `max`, then the rest in descending powers of two: at most log2(max) + 1 statement shapes. */
export function stableSlices<T>(items: T[], max: number): T[][] {
  const out: T[][] = [];
  let i = 0;
  while (items.length - i >= max) {
    out.push(items.slice(i, i + max));
    i += max;
  }
  for (let size = 2 ** Math.floor(Math.log2(max)); size >= 1 && i < items.length; size /= 2) {
    if (items.length - i >= size) {
      out.push(items.slice(i, i + size));
      i += size;
    }
  }
  return out;
}

/** IN-list values in slices of at most `max`, each padded with its last value to a power of two (≥ 8). */
export function inListChunks<T>(items: T[], max: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += max) {
    const part = items.slice(i, i + max);
    let shape = 8;
    while (shape < part.length) shape *= 2;
    while (part.length < Math.min(shape, max)) part.push(part.at(-1)!);
    out.push(part);
  }
  return out;
}
