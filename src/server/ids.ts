import { randomFillSync } from 'node:crypto';

let lastMs = -1;
let counter = 0;
// randomBytes per id costs ~7 µs (a syscall each); imports make several ids per row, so draw from a pool.
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;

/**
 * UUIDv7 (RFC 9562, method 1): time-ordered, so ids sort by creation and index pages stay dense. A counter in
 * the 12 bits after the timestamp keeps ids strictly increasing within this process, even within one
 * millisecond or if the clock steps back, so rows written in one go list in the order they were made.
 */
export function newId(): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = bytes.readUInt16BE(6) & 0x7ff; // random start, leaving headroom to count up
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
